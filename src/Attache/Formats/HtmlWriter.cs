using System.Globalization;
using System.Reflection;
using Attache.Documents;

namespace Attache.Formats;

/// <summary>
/// Writes documents as one self-contained HTML page (inline CSS; no script, font or image is loaded), for
/// people to read what was extracted: the article text with every mention highlighted by type and every
/// event trigger marked with its type and date, tooltips (the <c>title</c> attribute) with canonical names,
/// country codes, titles and event participants, and a summary per article (officials with their titles,
/// people, places, organisations, event types with counts, and who did what). A page of several documents
/// has a table of contents.
/// </summary>
/// <remarks>
/// The article text is reproduced exactly: the text content of each article's <c>div.text</c> element is
/// <see cref="Document.Text"/>, character for character (a carriage return is written as a reference so
/// that parsers keep it; NUL and lone surrogates, which HTML cannot carry, become U+FFFD). Mentions and
/// triggers that nest or cross become properly nested elements, split where they cross; ranges outside
/// the text are ignored. Each highlighted element carries <c>data-mention</c> (index into
/// <see cref="Document.Mentions"/>) or <c>data-event</c> (index into <see cref="Document.Events"/>), and
/// <c>data-type</c>. The page is also well-formed XML.
/// </remarks>
public static class HtmlWriter
{
    private const string StyleResource = "Attache.Formats.html-page.css";
    private const string ConfidenceFormat = "0.00";
    private const string DefaultTitle = "Attache";
    private const string Separator = " · ";

    private static readonly Lazy<string> Style = new(ReadStyle);

    // Where a mention and a trigger have one range, the trigger is the inner element.
    private static readonly int TriggerRank = Enum.GetValues<MentionType>().Length;

    /// <summary>The page for one document, titled with its id.</summary>
    /// <param name="document">The document.</param>
    public static string ToHtml(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ToHtml([document], null);
    }

    /// <summary>One page for several documents, with a table of contents when there is more than one.</summary>
    /// <param name="documents">The documents, in page order.</param>
    /// <param name="title">The page title; null for the first document's id.</param>
    public static string ToHtml(IEnumerable<Document> documents, string? title)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, documents, title);
        return writer.ToString();
    }

    /// <summary>
    /// Writes one page for the documents as they are enumerated: each article is written when it arrives
    /// (at most one document is read ahead), and the table of contents, placed after the articles in the
    /// markup and shown beside them by the stylesheet, is written at the end.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="documents">The documents, in page order.</param>
    /// <param name="title">The page title; null for the first document's id.</param>
    public static void Write(TextWriter writer, IEnumerable<Document> documents, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        using var enumerator = documents.GetEnumerator();
        var ahead = new List<Document>();
        while (ahead.Count < 2 && enumerator.MoveNext())
        {
            ahead.Add(enumerator.Current);
        }

        var many = ahead.Count > 1;
        var pageTitle = title ?? (ahead.Count > 0 ? ahead[0].Id : DefaultTitle);
        WriteHead(writer, pageTitle, many ? "many" : "one");
        writer.Write("<header>\n<h1>");
        HtmlEscape.Text(writer, pageTitle);
        writer.Write("</h1>\n");
        WriteLegend(writer);
        writer.Write("</header>\n<main>\n");

        var contents = new List<HtmlIndexEntry>();
        foreach (var document in ahead.Concat(Rest(enumerator)))
        {
            if (document is null)
            {
                throw new ArgumentException("a document is null", nameof(documents));
            }

            var anchor = $"doc-{contents.Count + 1}";
            WriteArticle(writer, document, anchor);
            contents.Add(new HtmlIndexEntry(document.Id, "#" + anchor, Counts(document)));
        }

        if (contents.Count == 0)
        {
            writer.Write("<p>No articles.</p>\n");
        }

        writer.Write("</main>\n");
        if (many)
        {
            writer.Write("<nav class=\"toc\" aria-label=\"Articles\">\n<h2>Articles</h2>\n");
            WriteLinks(writer, contents);
            writer.Write("</nav>\n");
        }

        writer.Write("</body>\n</html>\n");
    }

    /// <summary>An index page linking the pages of several documents (<c>extract --format html --out DIR</c>).</summary>
    /// <param name="entries">One per page, in order.</param>
    /// <param name="title">The page title.</param>
    public static string ToIndexHtml(IEnumerable<HtmlIndexEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(title);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteHead(writer, title, "one index");
        writer.Write("<header>\n<h1>");
        HtmlEscape.Text(writer, title);
        writer.Write("</h1>\n</header>\n<main>\n");
        WriteLinks(writer, entries.ToList());
        writer.Write("</main>\n</body>\n</html>\n");
        return writer.ToString();
    }

    /// <summary>What a document holds, in a few words: officials, places, organisations and events.</summary>
    internal static string Counts(Document document) =>
        string.Join(
            ", ",
            Count(document.Entities.Count(e => e.Type == MentionType.Official), "official", "officials"),
            Count(document.Entities.Count(e => e.Type == MentionType.Place), "place", "places"),
            Count(document.Entities.Count(e => e.Type == MentionType.Organization), "organisation", "organisations"),
            Count(document.Events.Count, "event", "events"));

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static IEnumerable<Document> Rest(IEnumerator<Document> enumerator)
    {
        while (enumerator.MoveNext())
        {
            yield return enumerator.Current;
        }
    }

    private static void WriteHead(TextWriter writer, string title, string bodyClass)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        writer.Write("<meta name=\"generator\" content=\"Attache\" />\n<title>");
        HtmlEscape.Text(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(Style.Value);
        writer.Write("</style>\n</head>\n<body class=\"");
        writer.Write(bodyClass);
        writer.Write("\">\n");
    }

    private static void WriteLegend(TextWriter writer)
    {
        writer.Write("<ul class=\"legend\">");
        foreach (var type in Enum.GetValues<MentionType>())
        {
            writer.Write($"<li><span class=\"m {TypeClass(type)}\">{type}</span></li>");
        }

        writer.Write("<li><span class=\"ev\">event trigger<span class=\"ev-label\" data-label=\"Type date\"></span></span></li>");
        writer.Write("<li>hover a mark for details</li></ul>\n");
    }

    private static void WriteLinks(TextWriter writer, IReadOnlyList<HtmlIndexEntry> entries)
    {
        writer.Write("<ol>\n");
        foreach (var entry in entries)
        {
            writer.Write("<li><a href=\"");
            HtmlEscape.Attribute(writer, entry.Href);
            writer.Write("\">");
            HtmlEscape.Text(writer, entry.Title);
            writer.Write("</a><small>");
            HtmlEscape.Text(writer, entry.Summary);
            writer.Write("</small></li>\n");
        }

        writer.Write("</ol>\n");
    }

    private static void WriteArticle(TextWriter writer, Document document, string anchor)
    {
        var entities = new Dictionary<int, Entity>();
        foreach (var entity in document.Entities)
        {
            entities.TryAdd(entity.Id, entity);
        }

        writer.Write($"<article class=\"doc\" id=\"{anchor}\">\n<h2>");
        HtmlEscape.Text(writer, document.Id);
        writer.Write("</h2>\n<p class=\"meta\">");
        if (document.Published is { } published)
        {
            writer.Write("published " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Separator);
        }

        writer.Write($"{Count(document.Mentions.Count, "mention", "mentions")}{Separator}{Count(document.Events.Count, "event", "events")}</p>\n");
        WriteSummary(writer, document);
        writer.Write("<div class=\"text\">");
        HtmlAnnotatedText.Write(writer, document.Text, Spans(document, entities));
        writer.Write("</div>\n");
        WriteEventTable(writer, document, entities);
        writer.Write("</article>\n");
    }

    private static IEnumerable<HtmlSpan> Spans(Document document, Dictionary<int, Entity> entities)
    {
        var id = 0;
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            var tag = $"<span class=\"m {TypeClass(m.Type)}\" data-mention=\"{i}\" data-type=\"{m.Type}\" title=\"{HtmlEscape.Attribute(MentionTooltip(m, entities))}\">";
            yield return new HtmlSpan(m.Start, m.End, (int)m.Type, id++, tag, null);
        }

        for (var i = 0; i < document.Events.Count; i++)
        {
            var ev = document.Events[i];
            var tag = $"<span class=\"ev\" data-event=\"{i}\" data-type=\"{ev.Type}\" title=\"{HtmlEscape.Attribute(EventTooltip(ev, entities))}\">";
            var label = ev.Date is null ? ev.Type.ToString() : $"{ev.Type} {ev.Date}";
            var badge = $"<span class=\"ev-label\" data-label=\"{HtmlEscape.Attribute(label)}\"></span>";
            yield return new HtmlSpan(ev.Start, ev.End, TriggerRank, id++, tag, badge);
        }
    }

    private static string MentionTooltip(Mention m, Dictionary<int, Entity> entities)
    {
        var entity = m.EntityId is { } e ? entities.GetValueOrDefault(e) : null;
        var lines = new List<string> { $"{m.Type}: {m.Canonical ?? entity?.Name ?? m.Text}" };
        if (m.CountryCode is { } country)
        {
            lines.Add("country: " + country);
        }

        if (entity is { Affiliations.Count: > 0 })
        {
            lines.Add("serves: " + string.Join(", ", entity.Affiliations));
        }

        if (entity is { Titles.Count: > 0 })
        {
            lines.Add("titles: " + string.Join("; ", entity.Titles));
        }

        lines.Add($"confidence {m.Confidence.ToString(ConfidenceFormat, CultureInfo.InvariantCulture)} ({m.Source.ToString().ToLowerInvariant()})");
        return string.Join('\n', lines);
    }

    private static string EventTooltip(Event ev, Dictionary<int, Entity> entities)
    {
        var lines = new List<string> { $"{ev.Type} event (CAMEO {EventCodes.Cameo(ev.Type)})" };
        if (ev.Date is { } date)
        {
            lines.Add("date: " + date);
        }

        if (ev.Participants.Count > 0)
        {
            lines.Add("participants: " + Names(ev.Participants, entities));
        }

        if (ev.Place is { } place)
        {
            lines.Add("place: " + Name(place, entities));
        }

        lines.Add("confidence " + ev.Confidence.ToString(ConfidenceFormat, CultureInfo.InvariantCulture));
        return string.Join('\n', lines);
    }

    private static string Name(int entity, Dictionary<int, Entity> entities) =>
        entities.TryGetValue(entity, out var e) ? e.Name : $"entity {entity}";

    private static string Names(IEnumerable<int> ids, Dictionary<int, Entity> entities) =>
        string.Join(", ", ids.Select(id => Name(id, entities)));

    private static void WriteSummary(TextWriter writer, Document document)
    {
        writer.Write("<section class=\"summary\">\n");
        WriteEntityGroup(writer, document, MentionType.Official, "Officials");
        WriteEntityGroup(writer, document, MentionType.Person, "People");
        WriteEntityGroup(writer, document, MentionType.Place, "Places");
        WriteEntityGroup(writer, document, MentionType.Organization, "Organisations");
        if (document.Events.Count > 0)
        {
            writer.Write($"<div class=\"group event-types\"><h3>Event types ({document.Events.Count})</h3><table>");
            foreach (var group in document.Events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            {
                writer.Write($"<tr><td><span class=\"ev\">{group.Key}</span></td><td>{group.Count()}</td></tr>");
            }

            writer.Write("</table></div>\n");
        }

        writer.Write("</section>\n");
    }

    private static void WriteEventTable(TextWriter writer, Document document, Dictionary<int, Entity> entities)
    {
        if (document.Events.Count == 0)
        {
            return;
        }

        writer.Write("<section class=\"events-list\"><h3>Who did what</h3><table>");
        writer.Write("<tr><th>event</th><th>trigger</th><th>date</th><th>participants</th><th>place</th></tr>");
        foreach (var ev in document.Events)
        {
            writer.Write($"<tr><td>{ev.Type}</td><td>");
            HtmlEscape.Text(writer, ev.TriggerText);
            writer.Write("</td><td>");
            HtmlEscape.Text(writer, ev.Date ?? string.Empty);
            writer.Write("</td><td>");
            HtmlEscape.Text(writer, Names(ev.Participants, entities));
            writer.Write("</td><td>");
            HtmlEscape.Text(writer, ev.Place is { } place ? Name(place, entities) : string.Empty);
            writer.Write("</td></tr>");
        }

        writer.Write("</table></section>\n");
    }

    private static void WriteEntityGroup(TextWriter writer, Document document, MentionType type, string heading)
    {
        var group = document.Entities.Where(e => e.Type == type).ToList();
        if (group.Count == 0)
        {
            return;
        }

        writer.Write($"<div class=\"group group-{type.ToString().ToLowerInvariant()}\"><h3>{heading} ({group.Count})</h3><ul>");
        foreach (var entity in group)
        {
            writer.Write($"<li><span class=\"m {TypeClass(type)}\">");
            HtmlEscape.Text(writer, entity.Name);
            writer.Write("</span>");
            var codes = entity.Affiliations
                .Concat(entity.Mentions.Where(i => i >= 0 && i < document.Mentions.Count).Select(i => document.Mentions[i].CountryCode).OfType<string>())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (codes.Count > 0)
            {
                writer.Write(" <span class=\"codes\">(");
                HtmlEscape.Text(writer, string.Join(", ", codes));
                writer.Write(")</span>");
            }

            if (entity.Titles.Count > 0)
            {
                writer.Write(" <span class=\"titles\">");
                HtmlEscape.Text(writer, string.Join("; ", entity.Titles));
                writer.Write("</span>");
            }

            writer.Write("</li>");
        }

        writer.Write("</ul></div>\n");
    }

    private static string TypeClass(MentionType type) => "m-" + type.ToString().ToLowerInvariant();

    private static string ReadStyle()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(StyleResource)
            ?? throw new InvalidOperationException($"embedded resource {StyleResource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
