namespace Attache.Formats;

/// <summary>
/// Writes a text with highlighted ranges as properly nested elements. Ranges may nest or cross: the text
/// is cut at every range boundary, and before each piece the open elements are made the ranges that cover
/// it, outer first (earlier start, then later end, then rank), closing and reopening only what differs.
/// A range that crosses another is thereby split into several elements with the same start tag. Every
/// character is written once, in order; no boundary falls inside a surrogate pair.
/// </summary>
internal static class HtmlAnnotatedText
{
    private const string CloseTag = "</span>";

    private static readonly Comparer<HtmlSpan> OuterFirst = Comparer<HtmlSpan>.Create((a, b) =>
    {
        var c = a.Start.CompareTo(b.Start);
        if (c == 0)
        {
            c = b.End.CompareTo(a.End);
        }

        if (c == 0)
        {
            c = a.Rank.CompareTo(b.Rank);
        }

        return c != 0 ? c : a.Id.CompareTo(b.Id);
    });

    /// <summary>Writes <paramref name="text"/> with <paramref name="spans"/>; spans outside the text or empty are left out.</summary>
    public static void Write(TextWriter writer, string text, IEnumerable<HtmlSpan> spans)
    {
        var items = spans
            .Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End)
            .Select(s => s with { Start = Snap(text, s.Start, back: true), End = Snap(text, s.End, back: false) })
            .ToList();
        items.Sort(OuterFirst);
        var boundaries = items.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToArray();

        var active = new List<HtmlSpan>();
        var open = new List<HtmlSpan>();
        var next = 0;
        for (var b = 0; b + 1 < boundaries.Length; b++)
        {
            var from = boundaries[b];
            active.RemoveAll(s => s.End <= from);
            while (next < items.Count && items[next].Start == from)
            {
                active.Add(items[next++]);
            }

            active.Sort(OuterFirst);
            var keep = 0;
            while (keep < open.Count && keep < active.Count && open[keep].Id == active[keep].Id)
            {
                keep++;
            }

            CloseDownTo(writer, open, keep, from);
            for (var i = keep; i < active.Count; i++)
            {
                writer.Write(active[i].OpenTag);
                open.Add(active[i]);
            }

            HtmlEscape.Text(writer, text.AsSpan(from, boundaries[b + 1] - from));
        }

        CloseDownTo(writer, open, 0, text.Length);
    }

    private static void CloseDownTo(TextWriter writer, List<HtmlSpan> open, int count, int position)
    {
        for (var i = open.Count - 1; i >= count; i--)
        {
            if (open[i].End == position && open[i].Badge is { } badge)
            {
                writer.Write(badge);
            }

            writer.Write(CloseTag);
            open.RemoveAt(i);
        }
    }

    // A range that starts or ends between the halves of a surrogate pair is widened to the whole character.
    private static int Snap(string text, int offset, bool back) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])
            ? (back ? offset - 1 : offset + 1)
            : offset;
}
