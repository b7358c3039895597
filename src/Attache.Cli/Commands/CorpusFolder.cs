using System.CommandLine;

namespace Attache.Cli.Commands;

/// <summary>The corpus-folder argument shared by <c>validate</c>, <c>audit</c> and <c>stats</c>.</summary>
internal static class CorpusFolder
{
    public static Argument<string> Argument() =>
        new("dir") { Description = "Corpus folder (default: training-data).", DefaultValueFactory = _ => "training-data" };

    /// <summary>Whether the folder exists; says so on standard error when it does not.</summary>
    public static bool Exists(CliConsole console, string dir)
    {
        if (Directory.Exists(dir))
        {
            return true;
        }

        console.Error.WriteLine($"attache: {dir}: no such folder");
        return false;
    }
}
