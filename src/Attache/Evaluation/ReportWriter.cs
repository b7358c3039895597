using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attache.Evaluation;

/// <summary>Formats an <see cref="EvaluationReport"/> as an aligned table, Markdown, or JSON.</summary>
internal static class ReportWriter
{
    private const int WorstDocuments = 5;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string[] TriggerTotals = ["identification", "classification"];

    public static string Write(EvaluationReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => Json(report),
        ReportFormat.Markdown => Text(report, markdown: true),
        _ => Text(report, markdown: false),
    };

    private static string Text(EvaluationReport report, bool markdown)
    {
        var sb = new StringBuilder();
        void Heading(string title) => sb.AppendLine(markdown ? $"\n#### {title}\n" : $"\n{title}");
        void Row(params string[] cells)
        {
            if (markdown)
            {
                sb.AppendLine("| " + string.Join(" | ", cells) + " |");
            }
            else
            {
                sb.AppendLine(cells[0].PadRight(22) + string.Concat(cells.Skip(1).Select(c => c.PadLeft(10))));
            }
        }

        void Header(params string[] cells)
        {
            Row(cells);
            if (markdown)
            {
                sb.AppendLine("|" + string.Concat(cells.Select((_, i) => i == 0 ? "---|" : "---:|")));
            }
        }

        void CountsRow(string name, Counts c) => Row(name, P(c.Precision), P(c.Recall), P(c.F1), N(c.Gold), N(c.Predicted));

        sb.AppendLine(CultureInfo.InvariantCulture, $"{report.Documents} documents");
        Heading("Entities (strict: exact span and type; type: overlapping span, same type)");
        Header("type", "strict P", "strict R", "strict F1", "type P", "type R", "type F1", "gold");
        foreach (var type in report.Entities[MatchMode.Strict].Keys.Where(k => k != EvaluationReport.AllTypes).Order(StringComparer.Ordinal).Append(EvaluationReport.AllTypes))
        {
            var s = report.Entities[MatchMode.Strict].GetValueOrDefault(type, Counts.Zero);
            var o = report.Entities[MatchMode.Type].GetValueOrDefault(type, Counts.Zero);
            Row(type == EvaluationReport.AllTypes ? "micro" : type, P(s.Precision), P(s.Recall), P(s.F1), P(o.Precision), P(o.Recall), P(o.F1), N(s.Gold));
        }

        Row("macro", string.Empty, string.Empty, P(report.MacroF1(MatchMode.Strict)), string.Empty, string.Empty, P(report.MacroF1(MatchMode.Type)), string.Empty);

        Heading("Entity matching modes (SemEval-2013), all types");
        Header("mode", "P", "R", "F1", "gold", "predicted");
        foreach (var mode in EvaluationReport.Modes)
        {
            CountsRow(EvaluationReport.Key(mode), report.Entities[mode].GetValueOrDefault(EvaluationReport.AllTypes, Counts.Zero));
        }

        Heading("Relations (strict argument spans)");
        Header("relation", "P", "R", "F1", "gold", "predicted");
        foreach (var (type, counts) in report.Relations.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            CountsRow(type, counts);
        }

        Heading("Normalisation (canonical name of matched mentions)");
        Header("type", "accuracy", "matched");
        foreach (var (type, (correct, total)) in report.Normalisation.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Row(type, P(total == 0 ? 0 : (double)correct / total), N(total));
        }

        Heading("Event triggers (overlap)");
        Header("event", "P", "R", "F1", "gold", "predicted");
        foreach (var key in TriggerTotals.Concat(report.Events.Keys.Where(k => k is not ("identification" or "classification")).Order(StringComparer.Ordinal)))
        {
            if (report.Events.TryGetValue(key, out var counts))
            {
                CountsRow(key, counts);
            }
        }

        Heading("Event arguments (of matched events)");
        Header("argument", "P", "R", "F1", "gold", "predicted");
        foreach (var (key, counts) in report.Arguments.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            CountsRow(key, counts);
        }

        Heading("Document-level sets");
        Header("set", "P", "R", "F1", "gold", "predicted");
        foreach (var (key, counts) in report.DocumentSets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            CountsRow(key, counts);
        }

        Heading("Confusion (gold type by predicted type, overlapping mentions)");
        var types = report.Confusion.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().Order(StringComparer.Ordinal).ToList();
        Header(["gold \\ predicted", .. types]);
        foreach (var g in types)
        {
            Row([g, .. types.Select(p => N(report.Confusion.GetValueOrDefault((g, p))))]);
        }

        Heading("Worst documents (strict entity F1)");
        foreach (var (id, f1, missed, spurious) in report.PerDocument.OrderBy(d => d.F1).ThenBy(d => d.Id, StringComparer.Ordinal).Take(WorstDocuments))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{(markdown ? "- " : string.Empty)}{id}: F1 {P(f1)}; missed {missed.Count}: {string.Join(", ", missed.Take(8))}; spurious {spurious.Count}: {string.Join(", ", spurious.Take(8))}");
        }

        return sb.ToString();
    }

    private static string Json(EvaluationReport report)
    {
        static object C(Counts c) => new { precision = Round(c.Precision), recall = Round(c.Recall), f1 = Round(c.F1), correct = c.Correct, incorrect = c.Incorrect, partial = c.Partial, missed = c.Missed, spurious = c.Spurious };
        var payload = new
        {
            documents = report.Documents,
            entities = report.Entities.ToDictionary(m => EvaluationReport.Key(m.Key), m => m.Value.ToDictionary(t => t.Key, t => C(t.Value))),
            macroF1 = EvaluationReport.Modes.ToDictionary(EvaluationReport.Key, m => Round(report.MacroF1(m))),
            relations = report.Relations.ToDictionary(r => r.Key, r => C(r.Value)),
            normalisation = report.Normalisation.ToDictionary(n => n.Key, n => new { accuracy = Round(n.Value.Total == 0 ? 0 : (double)n.Value.Correct / n.Value.Total), matched = n.Value.Total }),
            events = report.Events.ToDictionary(e => e.Key, e => C(e.Value)),
            arguments = report.Arguments.ToDictionary(a => a.Key, a => C(a.Value)),
            documentSets = report.DocumentSets.ToDictionary(d => d.Key, d => C(d.Value)),
            confusion = report.Confusion.Select(c => new { gold = c.Key.Gold, predicted = c.Key.Predicted, count = c.Value }).OrderBy(c => c.gold, StringComparer.Ordinal).ThenBy(c => c.predicted, StringComparer.Ordinal),
            documentsByF1 = report.PerDocument.OrderBy(d => d.F1).Select(d => new { id = d.Id, f1 = Round(d.F1), missed = d.Missed, spurious = d.Spurious }),
        };
        return JsonSerializer.Serialize(payload, Indented) + "\n";
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string P(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
