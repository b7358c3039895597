using Attache.Formats;
using Attache.Knowledge;
using Attache.Training;

namespace Attache.Tests.Training;

/// <summary>The corpus annotates event mentions consistently, as the audit defines it.</summary>
public class EventAuditTests
{
    [Fact]
    public void The_training_data_has_no_unexplained_unannotated_trigger_mentions()
    {
        var errors = new List<FormatError>();
        var documents = Corpus.Read(RepoPaths.TrainingData, errors);
        var exceptions = AuditException.Read(RepoPaths.TrainingData, errors);
        Assert.Empty(errors);

        var report = EventAnnotationAudit.Run(documents, KnowledgeBase.Default, exceptions);

        Assert.True(report.Misses.Count == 0, "run `attache audit training-data`:\n" + string.Join('\n', report.Misses.Take(20).Select(m => $"{m.File}:{m.Line} {m.Type} '{m.Phrase}'")));
        Assert.True(report.UnusedExceptions.Count == 0, "exceptions that match nothing: " + string.Join(", ", report.UnusedExceptions.Select(e => $"{e.Document}:{e.Line} '{e.Phrase}'")));
        Assert.All(report.Excused, c => Assert.False(c.Covered));
    }

    [Fact]
    public void A_phrase_annotated_in_one_place_and_not_in_another_is_a_miss_until_it_is_explained()
    {
        using var corpus = new Cli.TempFolder();
        corpus.File("a.txt", "Kim Jong Un met Xi Jinping in Beijing.\nThe summit lasted two hours.\n");
        corpus.File("a.ann", "T1\tMeeting 12 15\tmet\nE1\tMeeting:T1\nT2\tMeeting 43 49\tsummit\nE2\tMeeting:T2\n");
        corpus.File("b.txt", "Moon Jae-in met Trump in Seoul.\nThe summit was short.\n");
        corpus.File("b.ann", "T1\tMeeting 12 15\tmet\nE1\tMeeting:T1\n");
        var errors = new List<FormatError>();
        var documents = Corpus.Read(corpus.Path, errors);
        Assert.Empty(errors);

        var report = EventAnnotationAudit.Run(documents, KnowledgeBase.Default, []);
        var miss = Assert.Single(report.Misses);
        Assert.Equal(("b", 2, "summit"), (miss.Document, miss.Line, miss.Phrase));

        var explained = EventAnnotationAudit.Run(documents, KnowledgeBase.Default, [new AuditException("b", 2, "summit", "test")]);
        Assert.Empty(explained.Misses);
        Assert.Single(explained.Excused);
    }
}
