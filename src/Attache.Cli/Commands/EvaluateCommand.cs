using System.CommandLine;
using System.Globalization;
using System.Text;
using Attache.Evaluation;
using Attache.Formats;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary><c>attache evaluate</c>: scores predictions (a brat folder, or fresh extraction) against gold brat files.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold .txt/.ann pairs.", Required = true };
        var pred = new Option<string?>("--pred") { Description = "Folder of predicted .ann files (same names as the gold ones)." };
        var models = new Option<string?>("--models") { Description = "Extract with the models in this folder instead of the shipped ones." };
        var format = new Option<string>("--format") { Description = "Report format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var split = new Option<string?>("--split") { Description = "Score only documents of this split (train, dev or test) of the gold folder's splits.tsv." };
        split.AcceptOnlyFromAmong("train", "dev", "test");
        var pipeline = new Option<string>("--pipeline") { Description = "With fresh extraction: combined, rules (alone) or model (alone).", DefaultValueFactory = _ => ExtractorLoader.Combined };
        pipeline.AcceptOnlyFromAmong("combined", "rules", "model");
        var diff = new Option<string?>("--diff") { Description = "Print one document with its gold and predicted spans side by side." };
        var command = new Command("evaluate", "Precision, recall and F1 of entities, relations, normalisation and events against gold annotations.")
        {
            gold, pred, models, format, split, pipeline, diff,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(gold)!,
            parsed.GetValue(pred),
            parsed.GetValue(models),
            parsed.GetValue(format)!,
            parsed.GetValue(split),
            parsed.GetValue(pipeline)!,
            parsed.GetValue(diff)));
        return command;
    }

    private static int Run(CliConsole console, string goldDir, string? predDir, string? modelsDir, string format, string? split, string pipeline, string? diff)
    {
        if (predDir is not null && modelsDir is not null)
        {
            throw new UsageException("give --pred or --models, not both");
        }

        foreach (var dir in new[] { goldDir, predDir }.OfType<string>())
        {
            if (!Directory.Exists(dir))
            {
                console.Error.WriteLine($"attache: {dir}: no such folder");
                return ExitCodes.BadInput;
            }
        }

        var errors = new List<FormatError>();
        var documents = CorpusFolder.ReadValidated(goldDir, errors).Where(d => split is null || d.Split == split).ToList();
        if (documents.Count == 0 && errors.Count == 0)
        {
            // An empty score table would read as a model that finds nothing; say what selected nothing.
            console.Error.WriteLine(split is null
                ? $"attache: {goldDir}: no gold documents (.txt with .ann)"
                : $"attache: {goldDir}: no gold documents of split '{split}' (splits come from {Corpus.SplitsFile} in the gold folder itself, e.g. training-data, not training-data/corpus)");
            return ExitCodes.BadInput;
        }

        if (diff is not null)
        {
            documents = documents.Where(d => d.Id == diff).ToList();
            if (documents.Count == 0)
            {
                console.Error.WriteLine($"attache: no gold document '{diff}' in {goldDir}");
                return ExitCodes.BadInput;
            }
        }

        Extractor? extractor = null;
        if (predDir is null)
        {
            extractor = ExtractorLoader.Load(modelsDir, pipeline);
        }

        var published = CorpusDates.Read(goldDir);
        var pairs = new List<(EvalDocument Gold, EvalDocument Predicted)>();
        foreach (var document in documents)
        {
            var goldEval = EvalDocument.From(document.Id, document.Text, document.Annotations);
            BratDocument predicted;
            if (extractor is not null)
            {
                var options = new ExtractOptions { Id = document.Id, Published = published.TryGetValue(document.Id, out var date) ? date : null };
                predicted = BratConverter.FromDocument(extractor.Extract(document.Text, options));
            }
            else
            {
                var path = Path.Combine(predDir!, document.Id + ".ann");
                if (!File.Exists(path))
                {
                    errors.Add(new FormatError(path, 0, "no prediction for this gold document; scored as empty"));
                    predicted = BratDocument.Empty;
                }
                else
                {
                    predicted = BratReader.Parse(File.ReadAllText(path), document.Text, path, errors);
                }
            }

            pairs.Add((goldEval, EvalDocument.From(document.Id, document.Text, predicted)));
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error);
        }

        var output = diff is not null ? Diff(pairs[0].Gold, pairs[0].Predicted) : ReportWriter.Write(Scorer.Score(pairs), Enum.Parse<ReportFormat>(format, ignoreCase: true));
        var bytes = Encoding.UTF8.GetBytes(output);
        console.Out.Write(bytes, 0, bytes.Length);
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static string Diff(EvalDocument gold, EvalDocument predicted)
    {
        var sb = new StringBuilder();
        var lineStart = 0;
        foreach (var line in gold.Text.Split('\n'))
        {
            var lineEnd = lineStart + line.Length;
            var g = gold.Mentions.Concat(gold.Events.Select(e => e.Trigger)).Where(m => m.Start >= lineStart && m.Start < lineEnd).ToList();
            var p = predicted.Mentions.Concat(predicted.Events.Select(e => e.Trigger)).Where(m => m.Start >= lineStart && m.Start < lineEnd).ToList();
            if (line.Trim().Length > 0)
            {
                sb.AppendLine(line);
                foreach (var item in g.Concat(p).Select(m => (m.Start, m.End, m.Type)).Distinct().OrderBy(m => m.Start).ThenBy(m => m.Type, StringComparer.Ordinal))
                {
                    var inGold = g.Any(m => m.Start == item.Start && m.End == item.End && m.Type == item.Type);
                    var inPred = p.Any(m => m.Start == item.Start && m.End == item.End && m.Type == item.Type);
                    var mark = inGold && inPred ? "  ok   " : inGold ? "  MISS " : "  SPUR ";
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{mark}{item.Type,-18} {gold.Text[item.Start..item.End]}");
                }
            }

            lineStart = lineEnd + 1;
        }

        return sb.ToString();
    }
}
