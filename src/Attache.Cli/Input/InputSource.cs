using System.Text;
using System.Text.Unicode;
using Attache.Formats;

namespace Attache.Cli.Input;

/// <summary>Turns the paths of a command line into a lazy stream of inputs, in a stable order.</summary>
internal static class InputSource
{
    public const string StandardInput = "-";

    /// <summary>Every <c>.txt</c> file named, or found in a named folder (sorted by name); standard input when none.</summary>
    public static IEnumerable<TextInput> TextFiles(IReadOnlyList<string> paths, CliConsole console, DateOnly? published)
    {
        if (paths.Count == 0 || paths is [StandardInput])
        {
            using var stdin = console.In();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            yield return TextFileReader.Decode("<stdin>", "stdin", buffer.ToArray(), published);
            yield break;
        }

        foreach (var path in Expand(paths, "*.txt"))
        {
            yield return path.Error is not null ? new TextInput(path.Path, null, path.Error) : TextFileReader.Read(path.Path, published);
        }
    }

    /// <summary>One input per line of the JSON Lines files named (or standard input); memory does not grow with the line count.</summary>
    public static IEnumerable<TextInput> JsonLines(IReadOnlyList<string> paths, CliConsole console, DateOnly? published)
    {
        if (paths.Count == 0 || paths is [StandardInput])
        {
            foreach (var input in ReadJsonLines(console.In(), "<stdin>", published))
            {
                yield return input;
            }

            yield break;
        }

        foreach (var path in Expand(paths, "*.jsonl"))
        {
            if (path.Error is not null)
            {
                yield return new TextInput(path.Path, null, path.Error);
                continue;
            }

            Stream stream;
            string? openError = null;
            try
            {
                stream = File.OpenRead(path.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stream = Stream.Null;
                openError = $"{path.Path}: cannot read: {e.Message}";
            }

            if (openError is not null)
            {
                yield return new TextInput(path.Path, null, openError);
                continue;
            }

            foreach (var input in ReadJsonLines(stream, path.Path, published))
            {
                yield return input;
            }
        }
    }

    private static IEnumerable<TextInput> ReadJsonLines(Stream stream, string file, DateOnly? published)
    {
        using (stream)
        {
            var lineNumber = 0;
            foreach (var bytes in ByteLines(stream))
            {
                lineNumber++;
                if (!Utf8.IsValid(bytes))
                {
                    yield return new TextInput($"{file}:{lineNumber}", null, $"{file}:{lineNumber}: invalid UTF-8");
                    continue;
                }

                var line = Encoding.UTF8.GetString(bytes).TrimEnd('\r');

                if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (JsonlArticleReader.TryParse(line, file, lineNumber, out var article, out var error))
                {
                    yield return new TextInput(article!.Id!, article.Published is null && published is not null ? article with { Published = published } : article, null);
                }
                else
                {
                    yield return new TextInput($"{file}:{lineNumber}", null, error!.ToString());
                }
            }
        }
    }

    private static IEnumerable<byte[]> ByteLines(Stream stream)
    {
        var buffer = new byte[64 * 1024];
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

    private static IEnumerable<(string Path, string? Error)> Expand(IReadOnlyList<string> paths, string pattern)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).ToArray();
                if (files.Length == 0)
                {
                    yield return (path, $"{path}: no {pattern} files in this folder");
                }

                foreach (var file in files)
                {
                    yield return (file, null);
                }
            }
            else if (File.Exists(path))
            {
                yield return (path, null);
            }
            else
            {
                yield return (path, $"{path}: no such file or folder");
            }
        }
    }
}
