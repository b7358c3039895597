using Attache.Formats;

namespace Attache.Cli.Commands;

/// <summary>
/// Counts, over one run of <c>attache convert</c>, the annotations the output format could not hold,
/// so the run says what it dropped instead of losing it without a word.
/// </summary>
internal sealed class ConversionLosses
{
    private readonly Dictionary<DroppedKind, int> counts = [];

    public void Add(DroppedKind kind, int count)
    {
        if (count > 0)
        {
            counts[kind] = counts.GetValueOrDefault(kind) + count;
        }
    }

    /// <summary>
    /// Counts the annotations of <paramref name="original"/> that do not come back unchanged in
    /// <paramref name="roundTrip"/>, the same document written and read again; ids may differ.
    /// </summary>
    public void AddMissing(BratDocument original, BratDocument roundTrip)
    {
        var kept = Content(roundTrip).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        foreach (var line in Content(original))
        {
            if (kept.GetValueOrDefault(line) > 0)
            {
                kept[line]--;
            }
            else
            {
                Add(line.Kind, 1);
            }
        }
    }

    /// <summary>The message naming what was dropped, such as <c>attache: conll cannot hold relations (12), events (30): dropped</c>; null when nothing was.</summary>
    public string? Message(string format) =>
        counts.Count == 0
            ? null
            : $"attache: {format} cannot hold {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{Name(c.Key)} ({c.Value})"))}: dropped";

    private static string Name(DroppedKind kind) => kind switch
    {
        DroppedKind.Spans => "nested, overlapping or non-entity spans",
        DroppedKind.Relations => "relations",
        DroppedKind.Events => "events",
        _ => "normalisations",
    };

    /// <summary>Every annotation with its references spelled out as the content they point at, so two documents compare without their ids.</summary>
    private static IEnumerable<(DroppedKind Kind, string Line)> Content(BratDocument document)
    {
        var spans = document.Spans.ToDictionary(s => s.Id, s => $"{s.Type} {s.Start} {s.End}", StringComparer.Ordinal);
        var names = new Dictionary<string, string>(spans, StringComparer.Ordinal);
        foreach (var ev in document.Events)
        {
            names.TryAdd(ev.Id, $"{ev.Type}:{spans.GetValueOrDefault(ev.Trigger)}");
        }

        string Name(string id) => names.GetValueOrDefault(id, id);

        var triggers = document.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        // A trigger's span is part of its event's line, so a lost event counts once.
        return document.Spans.Where(s => !triggers.Contains(s.Id)).Select(s => (DroppedKind.Spans, $"T {spans[s.Id]} {s.Text}"))
            .Concat(document.Relations.Select(r => (DroppedKind.Relations, $"R {r.Type} {Name(r.Arg1)} {Name(r.Arg2)}")))
            .Concat(document.Events.Select(e => (DroppedKind.Events, $"E {Name(e.Id)} {string.Join(' ', e.Arguments.Select(a => $"{a.Role}:{Name(a.Target)}"))}")))
            .Concat(document.Normalizations.Select(n => (DroppedKind.Normalisations, $"N {Name(n.Target)} {n.Resource} {n.Value}")));
    }
}
