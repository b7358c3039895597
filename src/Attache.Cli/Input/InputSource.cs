using System.Text;
using System.Text.Unicode;
using Attache.Formats;

namespace Attache.Cli.Input;

/// <summary>
/// Turns the paths of a command line into a lazy stream of inputs, in a stable order. This is the
/// error boundary of every input: a path, folder or stream that cannot be read becomes one input
/// with an error that names it, and the inputs after it are still read.
/// </summary>
internal static class InputSource
{
    public const string StandardInput = "-";

    private const string StandardInputName = "<stdin>";
    private const int ReadBufferSize = 64 * 1024;

    /// <summary>Every <c>.txt</c> file named, or found in a named folder (sorted by name); standard input when none or <c>-</c>.</summary>
    public static IEnumerable<TextInput> TextFiles(IReadOnlyList<string> paths, CliConsole console, DateOnly? published)
    {
        foreach (var path in Expand(paths, "*.txt"))
        {
            if (path.Error is not null)
            {
                yield return new TextInput(path.Path, null, path.Error);
            }
            else if (path.Path == StandardInput)
            {
                yield return ReadStandardInput(console, published);
            }
            else
            {
                yield return TextFileReader.Read(path.Path, published);
            }
        }
    }

    /// <summary>One input per line of the JSON Lines files named (or standard input); memory does not grow with the line count.</summary>
    public static IEnumerable<TextInput> JsonLines(IReadOnlyList<string> paths, CliConsole console, DateOnly? published)
    {
        foreach (var path in Expand(paths, "*.jsonl"))
        {
            if (path.Error is not null)
            {
                yield return new TextInput(path.Path, null, path.Error);
                continue;
            }

            var (stream, name, openError) = path.Path == StandardInput ? Open(console.In, StandardInputName) : Open(() => File.OpenRead(path.Path), path.Path);
            if (openError is not null)
            {
                yield return new TextInput(name, null, openError);
                continue;
            }

            foreach (var input in ReadJsonLines(stream!, name, published))
            {
                yield return input;
            }
        }
    }

    private static TextInput ReadStandardInput(CliConsole console, DateOnly? published)
    {
        byte[] bytes;
        try
        {
            using var stdin = console.In();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TextInput(StandardInputName, null, $"{StandardInputName}: cannot read: {e.Message}");
        }

        return TextFileReader.Decode(StandardInputName, "stdin", bytes, published);
    }

    private static (Stream? Stream, string Name, string? Error) Open(Func<Stream> open, string name)
    {
        try
        {
            return (open(), name, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, name, $"{name}: cannot read: {e.Message}");
        }
    }

    private static IEnumerable<TextInput> ReadJsonLines(Stream stream, string file, DateOnly? published)
    {
        using (stream)
        using (var lines = ByteLines(stream).GetEnumerator())
        {
            var lineNumber = 0;
            while (true)
            {
                string? readError = null;
                bool more;
                try
                {
                    more = lines.MoveNext();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    more = false;
                    readError = $"{file}:{lineNumber + 1}: cannot read: {e.Message}";
                }

                if (readError is not null)
                {
                    yield return new TextInput($"{file}:{lineNumber + 1}", null, readError);
                }

                if (!more)
                {
                    yield break;
                }

                lineNumber++;
                if (ParseLine(lines.Current, file, lineNumber, published) is { } input)
                {
                    yield return input;
                }
            }
        }
    }

    /// <summary>
    /// One line of JSON Lines input as an article, an error naming file and line, or null for a blank line;
    /// <paramref name="published"/> is the date of an article that gives none. The server's batch endpoint reads lines with it too.
    /// </summary>
    public static TextInput? ParseLine(byte[] bytes, string file, int lineNumber, DateOnly? published)
    {
        if (!Utf8.IsValid(bytes))
        {
            return new TextInput($"{file}:{lineNumber}", null, $"{file}:{lineNumber}: invalid UTF-8");
        }

        var line = Encoding.UTF8.GetString(bytes).TrimEnd('\r');
        if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
        }

        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        return JsonlArticleReader.TryParse(line, file, lineNumber, out var article, out var error)
            ? new TextInput(article!.Id!, article.Published is null && published is not null ? article with { Published = published } : article, null)
            : new TextInput($"{file}:{lineNumber}", null, error!.ToString());
    }

    private static IEnumerable<byte[]> ByteLines(Stream stream)
    {
        var buffer = new byte[ReadBufferSize];
        var line = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    line.Write(buffer, start, i - start);
                    yield return line.ToArray();
                    line.SetLength(0);
                    start = i + 1;
                }
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToArray();
        }
    }

    /// <summary>
    /// The files the paths name, in order: a folder's matching files sorted by name, <c>-</c> as itself,
    /// and an error in place of a path that does not exist or a folder that cannot be listed.
    /// </summary>
    private static IEnumerable<(string Path, string? Error)> Expand(IReadOnlyList<string> paths, string pattern)
    {
        if (paths.Count == 0)
        {
            yield return (StandardInput, null);
            yield break;
        }

        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                var (files, error) = List(path, pattern);
                if (error is not null)
                {
                    yield return (path, error);
                    continue;
                }

                if (files.Length == 0)
                {
                    yield return (path, $"{path}: no {pattern} files in this folder");
                }

                foreach (var file in files)
                {
                    yield return (file, null);
                }
            }
            else
            {
                yield return (path, $"{path}: no such file or folder");
            }
        }
    }

    private static (string[] Files, string? Error) List(string folder, string pattern)
    {
        try
        {
            return (Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{folder}: cannot read the folder: {e.Message}");
        }
    }
}
