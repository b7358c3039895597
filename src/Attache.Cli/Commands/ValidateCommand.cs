using System.CommandLine;
using Attache.Formats;

namespace Attache.Cli.Commands;

/// <summary><c>attache validate [DIR]</c>: checks a brat corpus against the annotation guidelines.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console) => CorpusFolder.Command(console, "validate", "Check brat annotations: syntax, span texts, schema, overlaps, normalisations.", Run);

    private static int Run(CliConsole console, string dir)
    {
        var errors = new List<FormatError>();
        var documents = CorpusFolder.ReadValidated(dir, errors);

        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        console.Error.WriteLine($"{documents.Count} documents, {errors.Count} problems");
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
