using System.CommandLine;
using System.Globalization;
using Attache.Cli.Input;
using Attache.Documents;
using Attache.Formats;

namespace Attache.Cli.Commands;

/// <summary><c>attache extract</c>: runs the pipeline over files, folders, standard input or JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article .txt files or folders of them (with --input jsonl: .jsonl files). None or '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        var writers = new DocumentWriters();
        format.AcceptOnlyFromAmong([.. writers.Names]);
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the output files (brat: NAME.txt and NAME.ann per input; html: NAME.html per input and index.html)." };
        var input = new Option<string>("--input") { Description = "Input format.", DefaultValueFactory = _ => "text" };
        input.AcceptOnlyFromAmong("text", "jsonl");
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD, for relative dates." };
        var models = new Option<string?>("--models") { Description = "Load models from this folder instead of the shipped ones." };
        var threads = new Option<int>("--threads")
        {
            Description = $"Documents processed at once, 1 to {ThreadCount.Max} (default: all cores).",
            DefaultValueFactory = _ => ThreadCount.Default,
        };

        var command = new Command("extract", "Extract officials, titles, places, organisations and events.")
        {
            paths, format, output, input, published, models, threads,
        };
        var knowledge = new KnowledgeOptions();
        knowledge.AddTo(command);
        command.SetAction(parsed => Run(
            console,
            new Settings(
                parsed.GetValue(paths) ?? [],
                writers[parsed.GetValue(format)!],
                parsed.GetValue(output),
                parsed.GetValue(input)!,
                ParseDate(parsed.GetValue(published)),
                parsed.GetValue(models),
                parsed.GetValue(threads),
                knowledge.Files(parsed))));
        return command;
    }

    private static int Run(CliConsole console, Settings settings)
    {
        ThreadCount.Check(settings.Threads);
        if (settings.Paths.Count(p => p == InputSource.StandardInput) > 1)
        {
            throw new UsageException("'-' (standard input) can be given once");
        }

        if (settings.Paths.FirstOrDefault(p => p.StartsWith('-') && p != InputSource.StandardInput) is { } unknown)
        {
            throw new UsageException($"unknown option '{unknown}'");
        }

        var extractor = ExtractorLoader.Load(settings.Models, knowledge: settings.Knowledge);

        var folder = settings.Out is null ? null : new OutputFolder(settings.Out);

        var inputs = settings.Input == "jsonl"
            ? InputSource.JsonLines(settings.Paths, console, settings.Published)
            : InputSource.TextFiles(settings.Paths, console, settings.Published);
        var several = settings.Input == "jsonl" || settings.Paths.Length > 1 || settings.Paths.Any(Directory.Exists);

        var results = OrderedParallel.Map(
            inputs,
            (item, _) => Process(extractor, item),
            settings.Threads,
            window: Math.Max(16, settings.Threads * 8),
            CancellationToken.None);
        var output = new DocumentOutput(console, folder, settings.Format, several);
        return output.Write(results) ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>Extracts one input, or passes its error on; a failure of the pipeline is an error of that input alone.</summary>
    public static (TextInput Item, Document? Document, string? Error) Process(Extractor extractor, TextInput item)
    {
        if (item.Article is null)
        {
            return (item, null, item.Error);
        }

        try
        {
            return (item, extractor.Extract(item.Article), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (item, null, $"{item.Name}: extraction failed: {e.Message}");
        }
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--published '{value}' is not a date written YYYY-MM-DD");
    }

    private sealed record Settings(
        string[] Paths, IDocumentWriter Format, string? Out, string Input, DateOnly? Published, string? Models, int Threads, KnowledgeFiles Knowledge);
}
