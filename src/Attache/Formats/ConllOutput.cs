using Attache.Documents;

namespace Attache.Formats;

/// <summary><c>conll</c>: CoNLL-2003-style BIO (<see cref="ConllWriter"/>), documents one after another.</summary>
internal sealed class ConllOutput : IDocumentWriter
{
    public string Name => "conll";

    public string FileExtension => ".conll";

    public OutputLayout Layout => OutputLayout.Stream;

    public void Write(Stream output, IEnumerable<Document> documents, bool several)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            StreamText.Write(output, ConllWriter.Write(document));
        }
    }
}
