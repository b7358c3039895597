using System.CommandLine;
using Attache.Formats;
using Attache.Knowledge;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary>
/// <c>attache audit [DIR]</c>: lists every trigger-lexicon phrase left unannotated in a sentence although
/// the same phrase is annotated as that event type elsewhere in the corpus, grouped by phrase with
/// file:line, so an annotator can go through them. Reviewed exceptions live in
/// <c>DIR/audit-exceptions.tsv</c>. Exit code 1 while unexplained misses remain.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console) => CorpusFolder.Command(console, "audit", "Check that event mentions are annotated consistently (lexicon phrases annotated in one place and not in another).", Run);

    private static int Run(CliConsole console, string dir)
    {
        var errors = new List<FormatError>();
        var documents = Corpus.Read(dir, errors);
        var exceptions = AuditException.Read(dir, errors);
        var report = EventAnnotationAudit.Run(documents, KnowledgeBase.Default, exceptions);
        using var output = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), bufferSize: -1, leaveOpen: true);
        foreach (var group in report.Misses.GroupBy(m => (m.Type, m.Phrase)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Phrase, StringComparer.Ordinal))
        {
            var annotated = report.Candidates.Count(c => c.Covered && c.Type == group.Key.Type && c.Phrase == group.Key.Phrase);
            output.WriteLine($"{group.Key.Type} '{group.Key.Phrase}': {group.Count()} unannotated, {annotated} annotated");
            foreach (var miss in group)
            {
                output.WriteLine($"  {miss.File}:{miss.Line}");
            }
        }

        output.Flush();
        foreach (var unused in report.UnusedExceptions)
        {
            console.Error.WriteLine($"{Path.Combine(dir, AuditException.FileName)}: exception '{unused.Phrase}' at {unused.Document}:{unused.Line} matches nothing any more");
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        var covered = report.Candidates.Count(c => c.Covered);
        console.Error.WriteLine(
            $"{documents.Count} documents, {report.Candidates.Count} lexicon event candidates, {covered} annotated, " +
            $"{report.Misses.Count} unexplained misses, {report.Excused.Count} reviewed exceptions");
        return errors.Count == 0 && report.Misses.Count == 0 && report.UnusedExceptions.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
