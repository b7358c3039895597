using Attache.Documents;

namespace Attache.Formats;

/// <summary>
/// <c>brat</c>: standoff <c>.ann</c> lines (<see cref="BratWriter"/>). On a stream, several documents are
/// each headed by a <c># ID</c> line; in a folder, each is a <c>.txt</c> and <c>.ann</c> pair, written
/// together so that the <c>.txt</c> always is the text the <c>.ann</c> indexes.
/// </summary>
internal sealed class BratOutput : IDocumentWriter
{
    public string Name => "brat";

    public string FileExtension => ".ann";

    public OutputLayout Layout => OutputLayout.FilePerDocument;

    public void Write(Stream output, IEnumerable<Document> documents, bool several)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            var ann = Annotations(document);
            StreamText.Write(output, several ? $"# {document.Id}\n{ann}" : ann);
        }
    }

    public IReadOnlyList<OutputFile> Files(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [new OutputFile(".txt", document.Text), new OutputFile(FileExtension, Annotations(document))];
    }

    private static string Annotations(Document document) => BratWriter.Write(BratConverter.FromDocument(document));
}
