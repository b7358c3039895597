using System.CommandLine;
using Attache.Documents;
using Attache.Formats;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary>
/// <c>attache convert</c>: moves annotated documents between brat, CoNLL-2003 BIO and doccano /
/// Label Studio JSON Lines, so they can be annotated in the tool one likes.
/// </summary>
internal static class ConvertCommand
{
    // The BIO tag that opens a span: one per span the CoNLL output holds.
    private const string BeginTag = "B-";

    // A line read back alone is its own first line.
    private const int OnlyLine = 1;

    private static readonly Lazy<Extractor> TextOnly = new(() => new ExtractorBuilder().WithoutModels().WithPreset(PipelinePreset.Tokens).Build());

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "brat folders, .conll files or .jsonl files (or folders of them).", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string>("--from") { Description = "Input format.", Required = true };
        var to = new Option<string>("--to") { Description = "Output format.", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        from.AcceptOnlyFromAmong("brat", "conll", "doccano");
        to.AcceptOnlyFromAmong("brat", "conll", "doccano");
        var command = new Command("convert", "Convert annotated documents between brat, CoNLL BIO and doccano JSONL.") { inputs, from, to, output };
        command.SetAction(parsed => Run(console, parsed.GetValue(inputs)!, parsed.GetValue(from)!, parsed.GetValue(to)!, parsed.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, string from, string to, string output)
    {
        var folder = new OutputFolder(output);
        var errors = new List<FormatError>();
        var documents = inputs.SelectMany(input => Read(input, from, errors)).ToList();
        var jsonl = new List<string>();
        var losses = new ConversionLosses();
        foreach (var (id, text, annotations) in documents)
        {
            switch (to)
            {
                case "brat":
                    var stem = folder.StemFor(id);
                    AtomicFile.WriteAll([(folder.PathOf(stem + ".txt"), text), (folder.PathOf(stem + ".ann"), BratWriter.Write(annotations))]);
                    break;
                case "conll":
                    AtomicFile.WriteAllText(folder.PathOf(folder.StemFor(id) + ".conll"), ToConll(id, text, annotations, losses));
                    break;
                default:
                    var line = DoccanoFormat.Write(id, text, annotations);
                    jsonl.Add(line);

                    // Whatever the line does not give back (an event whose trigger is not labelled with an
                    // event type, say) is what doccano could not hold.
                    var readBack = DoccanoFormat.Read(line, id, OnlyLine, new List<FormatError>());
                    losses.AddMissing(annotations, readBack?.Annotations ?? BratDocument.Empty);
                    break;
            }
        }

        if (to == "doccano")
        {
            AtomicFile.WriteAllText(folder.PathOf("documents.jsonl"), string.Concat(jsonl.Select(l => l + "\n")));
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        if (losses.Message(to) is { } dropped)
        {
            console.Error.WriteLine(dropped);
        }

        console.Error.WriteLine($"{documents.Count} documents converted from {from} to {to}");
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>
    /// The documents of one input. This is the input's error boundary: a file or folder that cannot be
    /// read, and every bad line, becomes an error naming it, and the other files and lines are still read.
    /// </summary>
    private static List<(string Id, string Text, BratDocument Annotations)> Read(string input, string format, List<FormatError> errors)
    {
        if (!File.Exists(input) && !Directory.Exists(input))
        {
            errors.Add(new FormatError(input, 0, "no such file or folder"));
            return [];
        }

        if (format == "brat")
        {
            var folder = Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input))!;
            return Guarded(folder, errors, () => Corpus.Read(folder, errors).Select(d => (d.Id, d.Text, d.Annotations)).ToList());
        }

        var documents = new List<(string, string, BratDocument)>();
        var extension = format == "conll" ? ".conll" : ".jsonl";
        foreach (var file in Guarded(input, errors, () => Files(input, extension)))
        {
            documents.AddRange(Guarded(file, errors, () => format == "conll" ? ConllReader.Read(File.ReadAllText(file), file, errors) : ReadDoccano(file, errors)));
        }

        return documents;
    }

    private static List<(string Id, string Text, BratDocument Annotations)> ReadDoccano(string file, List<FormatError> errors)
    {
        var documents = new List<(string, string, BratDocument)>();
        var lineNumber = 0;
        foreach (var line in File.ReadAllText(file).Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length > 0 && DoccanoFormat.Read(line.TrimEnd('\r'), file, lineNumber, errors) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>Runs <paramref name="read"/>; a file or folder it cannot read becomes an error naming <paramref name="path"/>.</summary>
    private static List<T> Guarded<T>(string path, List<FormatError> errors, Func<List<T>> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new FormatError(path, 0, $"cannot read: {e.Message}"));
            return [];
        }
    }

    private static List<string> Files(string input, string extension) =>
        Directory.Exists(input) ? [.. Directory.GetFiles(input, "*" + extension).Order(StringComparer.Ordinal)] : [input];

    /// <summary>
    /// Gold spans over the library's own tokens and sentences, as BIO; what BIO has no place for
    /// (relations, events, normalisations, all but the outermost of nested spans) goes to <paramref name="losses"/>.
    /// </summary>
    private static string ToConll(string id, string text, BratDocument annotations, ConversionLosses losses)
    {
        var index = new CodePointIndex(text);
        var triggers = annotations.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        var document = TextOnly.Value.Extract(text, new ExtractOptions { Id = id });
        var mentions = annotations.Spans
            .Where(s => !triggers.Contains(s.Id) && Enum.TryParse<MentionType>(s.Type, out _))
            .Select(s => new Mention(Enum.Parse<MentionType>(s.Type), index.ToUtf16(s.Start), index.ToUtf16(s.End), s.Text, MentionSource.Rule, 1))
            .ToArray();
        var tagged = document with { Mentions = mentions };
        var written = ConllWriter.Tags(tagged).Count(t => t.StartsWith(BeginTag, StringComparison.Ordinal));
        losses.Add(DroppedKind.Spans, annotations.Spans.Count(s => !triggers.Contains(s.Id)) - written);
        losses.Add(DroppedKind.Relations, annotations.Relations.Count);
        losses.Add(DroppedKind.Events, annotations.Events.Count);
        losses.Add(DroppedKind.Normalisations, annotations.Normalizations.Count);
        return ConllWriter.Write(tagged);
    }
}
