using System.Text;
using Attache.Documents;

namespace Attache.Formats;

/// <summary>
/// <c>html</c>: one page (<see cref="HtmlWriter"/>), with a table of contents when there are several
/// inputs; in a folder, one <c>NAME.html</c> per document and an <c>index.html</c> linking them.
/// </summary>
internal sealed class HtmlOutput : IDocumentWriter
{
    private const string SeveralTitle = "Attache: extracted articles";

    public string Name => "html";

    public string FileExtension => ".html";

    public OutputLayout Layout => OutputLayout.FilePerDocument;

    public string? IndexStem => "index";

    public void Write(Stream output, IEnumerable<Document> documents, bool several)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        HtmlWriter.Write(writer, documents, several ? SeveralTitle : null);
        writer.Flush();
    }

    public string WriteIndex(IReadOnlyList<HtmlIndexEntry> entries) => HtmlWriter.ToIndexHtml(entries, SeveralTitle);
}
