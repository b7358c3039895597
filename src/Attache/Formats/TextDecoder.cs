using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Attache.Formats;

/// <summary>
/// Decodes article files strictly: UTF-8 (with or without a byte order mark) or UTF-16 with a byte
/// order mark. Empty files, binary files and invalid UTF-8 are errors that name the file and line,
/// never text with replacement characters whose offsets would drift. The decoded text must pass
/// <see cref="ArticleTextRule"/>, as a JSON line's text must.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Reads and decodes the file; exactly one of the results is null.</summary>
    public static (string? Text, FormatError? Error) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new FormatError(path, 0, $"cannot read: {e.Message}"));
        }

        return Decode(path, bytes);
    }

    /// <summary>Decodes the bytes of <paramref name="path"/>; exactly one of the results is null.</summary>
    public static (string? Text, FormatError? Error) Decode(string path, byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var encoding = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                text = encoding.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                return (null, new FormatError(path, 0, "invalid UTF-16"));
            }
        }
        else
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

            // Binary content is named as such before the invalid UTF-8 it usually also holds.
            var nul = Array.IndexOf(bytes, (byte)0, start);
            if (nul >= 0)
            {
                return (null, new FormatError(path, LineAt(bytes, nul), ArticleTextRule.BinaryMessage));
            }

            var chars = new char[bytes.Length - start];
            var status = Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var at = start + read;
                return (null, new FormatError(path, LineAt(bytes, at), $"invalid UTF-8 at byte {at}"));
            }

            text = new string(chars, 0, written);
        }

        if (ArticleTextRule.Check(text) is not { } problem)
        {
            return (text, null);
        }

        // An empty text concerns the whole file (line 0); a NUL is named by its line.
        return (null, new FormatError(path, text.Length == 0 ? 0 : LineAt(text.AsSpan(0, problem.Index)), problem.Message));
    }

    private static int LineAt(byte[] bytes, int index) => 1 + bytes.AsSpan(0, Math.Min(index, bytes.Length)).Count((byte)'\n');

    private static int LineAt(ReadOnlySpan<char> before) => 1 + before.Count('\n');
}
