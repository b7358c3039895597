namespace Attache.Formats;

/// <summary>One highlighted range of an article's text: a mention or an event trigger.</summary>
/// <param name="Start">First character (UTF-16 offset into the text).</param>
/// <param name="End">One past the last character.</param>
/// <param name="Rank">Which of two spans with the same range is the outer one (lower is outer).</param>
/// <param name="Id">Unique within the article; the last tie-break, so the nesting order is total.</param>
/// <param name="OpenTag">The element's start tag, written again for every piece of a split span.</param>
/// <param name="Badge">Markup written inside the span's last piece (an event's label), if any.</param>
internal readonly record struct HtmlSpan(int Start, int End, int Rank, int Id, string OpenTag, string? Badge);
