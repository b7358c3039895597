using System.CommandLine;
using Attache.Formats;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary>The corpus-folder argument shared by <c>validate</c>, <c>audit</c> and <c>stats</c>.</summary>
internal static class CorpusFolder
{
    /// <summary>The folder, required: an installed tool has no corpus of its own to fall back on.</summary>
    public static Argument<string> Argument() =>
        new("dir") { Description = "Corpus folder of brat .txt/.ann pairs (training-data in a checkout)." };

    /// <summary>
    /// A verb over one corpus folder: its argument, and a check that the folder exists (exit code 1 with
    /// a message when it does not) before <paramref name="run"/> reads it.
    /// </summary>
    public static Command Command(CliConsole console, string name, string description, Func<CliConsole, string, int> run)
    {
        var dir = Argument();
        var command = new Command(name, description) { dir };
        command.SetAction(parsed => parsed.GetValue(dir)! is var folder && Exists(console, folder) ? run(console, folder) : ExitCodes.BadInput);
        return command;
    }

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

    /// <summary>
    /// Reads a brat corpus and checks every document against the annotation guidelines: the checks of
    /// <c>validate</c>, which every verb that reads gold runs, so none scores or trains on a bad file unnamed.
    /// </summary>
    public static List<CorpusDocument> ReadValidated(string dir, List<FormatError> errors)
    {
        var documents = Corpus.Read(dir, errors);
        foreach (var document in documents)
        {
            CorpusValidator.Validate(document, Path.ChangeExtension(document.TextPath, ".ann"), errors);
        }

        return documents;
    }
}
