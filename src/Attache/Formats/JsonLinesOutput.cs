using Attache.Documents;

namespace Attache.Formats;

/// <summary><c>jsonl</c>: one JSON object per line, one line per document.</summary>
internal sealed class JsonLinesOutput : IDocumentWriter
{
    public string Name => "jsonl";

    public string FileExtension => ".jsonl";

    public OutputLayout Layout => OutputLayout.Stream;

    public void Write(Stream output, IEnumerable<Document> documents, bool several)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            DocumentJsonWriter.Write(output, document, indented: false);
            output.WriteByte((byte)'\n');
        }
    }
}
