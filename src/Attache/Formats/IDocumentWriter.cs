using System.Text;
using Attache.Documents;

namespace Attache.Formats;

/// <summary>
/// An output format: writes extracted documents to a stream or, one document at a time, as files. A new
/// format is one class implementing this, added to <see cref="DocumentWriters"/> under its
/// <see cref="Name"/>; <c>attache extract --format</c> offers the built-in ones.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The format's name, as <c>--format</c> takes it (<c>json</c>, <c>brat</c>...).</summary>
    string Name { get; }

    /// <summary>The ending of a document's file, with its dot (<c>.json</c>).</summary>
    string FileExtension { get; }

    /// <summary>Whether an output folder gets one set of files per document or the stream is written anyway.</summary>
    OutputLayout Layout { get; }

    /// <summary>
    /// The stem of an index file written after the documents' files into a folder (its name is reserved
    /// first, so no document takes it), or null for none.
    /// </summary>
    string? IndexStem => null;

    /// <summary>Writes the documents to one stream as they are enumerated.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="documents">The documents, in output order.</param>
    /// <param name="several">Whether the run has several inputs (a folder, several paths, JSON Lines), even if fewer documents arrive.</param>
    void Write(Stream output, IEnumerable<Document> documents, bool several);

    /// <summary>A document's files in an output folder, written together; by default one file: the stream form of the document alone.</summary>
    /// <param name="document">The document.</param>
    IReadOnlyList<OutputFile> Files(Document document)
    {
        using var stream = new MemoryStream();
        Write(stream, [document], several: false);
        return [new OutputFile(FileExtension, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length))];
    }

    /// <summary>The index file's text, given a link to each document's file in order (only called when <see cref="IndexStem"/> is set).</summary>
    /// <param name="entries">One entry per document written.</param>
    string WriteIndex(IReadOnlyList<HtmlIndexEntry> entries) => string.Empty;
}
