using Attache.Documents;

namespace Attache.Formats;

/// <summary>One line of an index page (<see cref="HtmlWriter.ToIndexHtml"/>): a link to one article's page.</summary>
/// <param name="Title">The link text, usually the document id.</param>
/// <param name="Href">The page's URL relative to the index, percent-encoded.</param>
/// <param name="Summary">A short line under the link: what the article holds.</param>
public sealed record HtmlIndexEntry(string Title, string Href, string Summary)
{
    /// <summary>The entry for a document whose page is the file <paramref name="fileName"/> beside the index.</summary>
    /// <param name="document">The document.</param>
    /// <param name="fileName">The page's file name (not a path); it is percent-encoded into <see cref="Href"/>.</param>
    public static HtmlIndexEntry For(Document document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return new HtmlIndexEntry(document.Id, Uri.EscapeDataString(fileName), HtmlWriter.Counts(document));
    }
}
