using System.CommandLine;
using System.Text;
using Attache.Formats;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary><c>attache stats [DIR]</c>: counts of a brat corpus per type, event type and split.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console) => CorpusFolder.Command(console, "stats", "Corpus statistics: counts per type, event type and split, distinct officials, unseen rates.", Run);

    private static int Run(CliConsole console, string dir)
    {
        var errors = new List<FormatError>();
        var report = CorpusStatistics.Report(Corpus.Read(dir, errors));
        var bytes = Encoding.UTF8.GetBytes(report);
        console.Out.Write(bytes, 0, bytes.Length);
        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
