using Attache.Documents;

namespace Attache.Formats;

/// <summary><c>json</c>: one indented object per document; several inputs make one array, so that any JSON parser reads the output.</summary>
internal sealed class JsonOutput : IDocumentWriter
{
    public string Name => "json";

    public string FileExtension => ".json";

    public OutputLayout Layout => OutputLayout.Stream;

    public void Write(Stream output, IEnumerable<Document> documents, bool several)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        if (!several)
        {
            foreach (var document in documents)
            {
                DocumentJsonWriter.Write(output, document, indented: true);
                output.WriteByte((byte)'\n');
            }

            return;
        }

        output.WriteByte((byte)'[');
        var first = true;
        foreach (var document in documents)
        {
            StreamText.Write(output, first ? "\n" : ",\n");
            first = false;
            DocumentJsonWriter.Write(output, document, indented: true);
        }

        StreamText.Write(output, "]\n");
    }
}
