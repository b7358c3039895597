using Attache.Cli.Input;
using Attache.Documents;
using Attache.Formats;

namespace Attache.Cli.Commands;

/// <summary>
/// Writes <c>extract</c>'s results in one format (<see cref="IDocumentWriter"/>): to standard output, or,
/// for a format that writes a file per document and with <c>--out</c>, into the folder through the
/// output-folder policy, with the format's index file last. Bad inputs are reported and skipped, and a
/// document whose files cannot be written does not stop the others.
/// </summary>
/// <param name="console">The streams.</param>
/// <param name="folder">The output folder, or null for standard output.</param>
/// <param name="writer">The format.</param>
/// <param name="several">Whether the run has several inputs (a folder, several paths, JSON Lines).</param>
internal sealed class DocumentOutput(CliConsole console, OutputFolder? folder, IDocumentWriter writer, bool several)
{
    private bool _failed;

    /// <summary>Writes the results in order.</summary>
    /// <returns>Whether every input was read, extracted and written.</returns>
    public bool Write(IEnumerable<(TextInput Item, Document? Document, string? Error)> results)
    {
        var documents = Succeeded(results);
        if (folder is null || writer.Layout == OutputLayout.Stream)
        {
            writer.Write(console.Out, documents.Select(d => d.Document), several);
            console.Out.Flush();
        }
        else
        {
            WriteFolder(folder, documents);
        }

        return !_failed;
    }

    private void WriteFolder(OutputFolder output, IEnumerable<(TextInput Item, Document Document)> documents)
    {
        // Taken first, so a document whose id is the index's stem gets STEM-2.
        var index = writer.IndexStem is { } indexStem ? output.StemFor(indexStem) + writer.FileExtension : null;
        var entries = new List<HtmlIndexEntry>();
        foreach (var (item, document) in documents)
        {
            var stem = output.StemFor(document.Id);
            if (TryWrite(item.Name, () => writer.Files(document).Select(f => (output.PathOf(stem + f.Extension), f.Contents)).ToList()) && index is not null)
            {
                entries.Add(HtmlIndexEntry.For(document, stem + writer.FileExtension));
            }
        }

        if (index is not null)
        {
            TryWrite(index, () => [(output.PathOf(index), writer.WriteIndex(entries))]);
        }
    }

    private bool TryWrite(string name, Func<IReadOnlyList<(string Path, string Contents)>> files)
    {
        try
        {
            // A document's files are written together, so a brat .txt always is the text its .ann indexes.
            AtomicFile.WriteAll(files());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed = true;
            console.Error.WriteLine($"attache: {name}: {e.Message}");
            return false;
        }
    }

    private IEnumerable<(TextInput Item, Document Document)> Succeeded(IEnumerable<(TextInput Item, Document? Document, string? Error)> results)
    {
        foreach (var (item, document, error) in results)
        {
            if (error is not null || document is null)
            {
                _failed = true;
                console.Error.WriteLine($"attache: {error}");
                continue;
            }

            yield return (item, document);
        }
    }
}
