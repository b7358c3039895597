using Attache.Formats;

namespace Attache.Tests.Cli;

/// <summary>
/// <c>attache convert</c> carries every annotation into a format that can hold it and says on
/// standard error what a format that cannot hold it dropped.
/// </summary>
public class LosslessConvertTests
{
    private const string CorpusDocument = "c001_china-south-korea-ties-1992";

    private const string Text = "Kim Jong Un met Li Qiang, premier of the State Council, in Pyongyang on Monday.";

    // One of each: a nested span (the organisation inside the title), a relation, an event with arguments, four normalisations.
    private const string Ann = """
        T1	Official 0 11	Kim Jong Un
        T2	Meeting 12 15	met
        T3	Official 16 24	Li Qiang
        T4	Title 26 54	premier of the State Council
        T5	Organization 41 54	State Council
        T6	Place 59 68	Pyongyang
        E1	Meeting:T2 Participant:T1 Participant2:T3 Place:T6
        R1	HasTitle Arg1:T3 Arg2:T4
        N1	Reference T1 Attache:official	Kim Jong Un
        N2	Reference T3 Attache:official	Li Qiang
        N3	Reference T6 Attache:place	Pyongyang
        N4	Reference E1 Attache:date	2025-10-13

        """;

    [Fact]
    public void Brat_to_doccano_and_back_keeps_every_line_of_a_corpus_document()
    {
        using var work = new TempFolder();
        var corpus = Path.Combine(RepoPaths.TrainingData, "corpus");
        work.File(CorpusDocument + ".txt", File.ReadAllText(Path.Combine(corpus, CorpusDocument + ".txt")));
        var original = work.File(CorpusDocument + ".ann", File.ReadAllText(Path.Combine(corpus, CorpusDocument + ".ann")));
        var jsonl = Path.Combine(work.Path, "jsonl");
        var back = Path.Combine(work.Path, "back");

        var there = CliRunner.Run(null, "convert", work.Path, "--from", "brat", "--to", "doccano", "--out", jsonl);
        var again = CliRunner.Run(null, "convert", Path.Combine(jsonl, "documents.jsonl"), "--from", "doccano", "--to", "brat", "--out", back);

        Assert.True(there.Code == 0, there.Error);
        Assert.True(again.Code == 0, again.Error);
        Assert.DoesNotContain("dropped", there.Error + again.Error, StringComparison.Ordinal);
        var expected = Content(File.ReadAllText(original));
        Assert.Contains(expected, l => l.StartsWith('E'));
        Assert.Contains(expected, l => l.StartsWith('R'));
        Assert.Contains(expected, l => l.Contains("Attache:date", StringComparison.Ordinal));
        Assert.Equal(expected, Content(File.ReadAllText(Path.Combine(back, CorpusDocument + ".ann"))));
    }

    [Fact]
    public void Doccano_lines_hold_relations_event_arguments_and_normalisations()
    {
        using var work = new TempFolder();
        work.File("a.txt", Text);
        work.File("a.ann", Ann);
        var output = Path.Combine(work.Path, "out");

        Assert.Equal(0, CliRunner.Run(null, "convert", work.Path, "--from", "brat", "--to", "doccano", "--out", output).Code);

        var line = File.ReadAllText(Path.Combine(output, "documents.jsonl"));
        Assert.Contains("""{"id":2,"label":"Meeting","start_offset":12,"end_offset":15}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"id":1,"from_id":3,"to_id":4,"type":"HasTitle"}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"id":3,"from_id":2,"to_id":3,"type":"Participant2"}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"id":4,"from_id":2,"to_id":6,"type":"Place"}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"event_id":2,"resource":"Attache:date","value":"2025-10-13"}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"entity_id":1,"resource":"Attache:official","value":"Kim Jong Un"}""", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Conll_says_what_it_dropped_and_how_many_and_still_succeeds()
    {
        using var work = new TempFolder();
        work.File("a.txt", Text);
        work.File("a.ann", Ann);

        var (code, _, error) = CliRunner.Run(null, "convert", work.Path, "--from", "brat", "--to", "conll", "--out", Path.Combine(work.Path, "out"));

        Assert.Equal(0, code);
        Assert.Contains("attache: conll cannot hold nested, overlapping or non-entity spans (1), relations (1), events (1), normalisations (4): dropped\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Brat_to_brat_drops_nothing_and_says_nothing()
    {
        using var work = new TempFolder();
        work.File("a.txt", Text);
        work.File("a.ann", Ann);

        var (code, _, error) = CliRunner.Run(null, "convert", work.Path, "--from", "brat", "--to", "brat", "--out", Path.Combine(work.Path, "out"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("dropped", error, StringComparison.Ordinal);
        Assert.Equal(Content(Ann), Content(File.ReadAllText(Path.Combine(work.Path, "out", "a.ann"))));
    }

    [Fact]
    public void Doccano_says_so_when_an_event_does_not_fit()
    {
        using var work = new TempFolder();
        work.File("a.txt", Text);

        // The trigger is not labelled with the event's type, so the doccano line cannot tell it is one.
        work.File("a.ann", Ann.Replace("T2\tMeeting 12 15", "T2\tCue 12 15", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run(null, "convert", work.Path, "--from", "brat", "--to", "doccano", "--out", Path.Combine(work.Path, "out"));

        Assert.Equal(0, code);
        Assert.Contains("attache: doccano cannot hold events (1), normalisations (1): dropped\n", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":"Kim Jong Un met Xi.","label":[[0,11,"Official"]]}""")]
    [InlineData("""{"text":"Kim Jong Un met Xi.","entities":[{"id":7,"label":"Official","start_offset":0,"end_offset":11}]}""")]
    public void A_minimal_doccano_line_without_relations_or_metadata_still_reads(string line)
    {
        var errors = new List<FormatError>();

        var document = DoccanoFormat.Read(line, "in.jsonl", 1, errors);

        Assert.Empty(errors);
        Assert.NotNull(document);
        Assert.Equal("line1", document.Value.Id);
        Assert.Equal("T1\tOfficial 0 11\tKim Jong Un\n", BratWriter.Write(document.Value.Annotations));
    }

    [Fact]
    public void A_trigger_entity_with_relations_from_it_reads_as_an_event()
    {
        const string line = """
            {"text":"Kim met Xi.","entities":[{"id":"a","label":"Official","start_offset":0,"end_offset":3},{"id":"b","label":"Meeting","start_offset":4,"end_offset":7},{"id":"c","label":"Official","start_offset":8,"end_offset":10}],"relations":[{"id":1,"from_id":"b","to_id":"a","type":"Participant"},{"id":2,"from_id":"b","to_id":"c","type":"Participant2"}]}
            """;
        var errors = new List<FormatError>();

        var document = DoccanoFormat.Read(line, "in.jsonl", 1, errors);

        Assert.Empty(errors);
        Assert.Equal(
            "T1\tOfficial 0 3\tKim\nT2\tMeeting 4 7\tmet\nT3\tOfficial 8 10\tXi\nE1\tMeeting:T2 Participant:T1 Participant2:T3\n",
            BratWriter.Write(document!.Value.Annotations));
    }

    /// <summary>The lines of an <c>.ann</c> file with every id replaced by what it points at, sorted: equal for equal annotations whatever their ids.</summary>
    private static List<string> Content(string ann)
    {
        var lines = ann.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        var names = lines.Where(f => f[0].StartsWith('T')).ToDictionary(f => f[0], f => f[1] + " " + f[2]);
        foreach (var fields in lines.Where(f => f[0].StartsWith('E')))
        {
            var head = fields[1].Split(' ')[0].Split(':');
            names[fields[0]] = head[0] + "@" + names[head[1]];
        }

        string Resolve(string part) => part.Split(':') is [var role, var id] ? role + ":" + names[id] : part;

        return lines.Select(f => f[0][0] switch
            {
                'T' => "T " + names[f[0]],
                'E' => "E " + string.Join(' ', f[1].Split(' ').Select(Resolve)),
                'R' => "R " + string.Join(' ', f[1].Split(' ').Select(Resolve)),
                _ => "N " + string.Join(' ', f[1].Split(' ').Select(p => names.GetValueOrDefault(p, p))) + " " + f[2],
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
