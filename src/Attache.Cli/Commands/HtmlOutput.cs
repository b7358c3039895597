using System.Text;
using Attache.Cli.Input;
using Attache.Documents;
using Attache.Formats;

namespace Attache.Cli.Commands;

/// <summary>
/// <c>extract --format html</c>: one page on standard output, with a table of contents when there are
/// several inputs; with <c>--out</c>, one <c>NAME.html</c> per document through the output-folder policy
/// and an <c>index.html</c> linking them (no document's page can take that name).
/// </summary>
/// <param name="console">The streams.</param>
/// <param name="folder">The output folder, or null for standard output.</param>
/// <param name="several">Whether the run has several inputs (a folder, several paths, JSON Lines).</param>
internal sealed class HtmlOutput(CliConsole console, OutputFolder? folder, bool several)
{
    private const string IndexStem = "index";
    private const string Extension = ".html";
    private const string SeveralTitle = "Attache: extracted articles";

    private bool _failed;

    /// <summary>Writes the results in order; bad inputs are reported and skipped.</summary>
    /// <returns>Whether every input was read, extracted and written.</returns>
    public bool Write(IEnumerable<(TextInput Item, Document? Document, string? Error)> results)
    {
        var documents = Succeeded(results);
        if (folder is null)
        {
            using var writer = new StreamWriter(console.Out, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            HtmlWriter.Write(writer, documents.Select(d => d.Document), several ? SeveralTitle : null);
            writer.Flush();
        }
        else
        {
            WriteFolder(folder, documents);
        }

        return !_failed;
    }

    private void WriteFolder(OutputFolder output, IEnumerable<(TextInput Item, Document Document)> documents)
    {
        // Taken first, so a document whose id is "index" gets index-2.html.
        var index = output.StemFor(IndexStem) + Extension;
        var entries = new List<HtmlIndexEntry>();
        foreach (var (item, document) in documents)
        {
            var file = output.StemFor(document.Id) + Extension;
            if (TryWrite(item.Name, output.PathOf(file), () => HtmlWriter.ToHtml(document)))
            {
                entries.Add(HtmlIndexEntry.For(document, file));
            }
        }

        TryWrite(index, output.PathOf(index), () => HtmlWriter.ToIndexHtml(entries, SeveralTitle));
    }

    private bool TryWrite(string name, string path, Func<string> contents)
    {
        try
        {
            AtomicFile.WriteAllText(path, contents());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One page that cannot be written does not stop the others.
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
