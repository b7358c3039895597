using System.CommandLine;
using Attache.Formats;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary><c>attache validate [DIR]</c>: checks a brat corpus against the annotation guidelines.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console) => CorpusFolder.Command(console, "validate", "Check brat annotations: syntax, span texts, schema, overlaps, normalisations.", Run);

    private static int Run(CliConsole console, string dir)
    {
        var errors = new List<FormatError>();
        var documents = Corpus.Read(dir, errors);
        foreach (var document in documents)
        {
            CorpusValidator.Validate(document, Path.ChangeExtension(document.TextPath, ".ann"), errors);
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        console.Error.WriteLine($"{documents.Count} documents, {errors.Count} problems");
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
