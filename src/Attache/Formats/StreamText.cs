using System.Text;

namespace Attache.Formats;

/// <summary>Text written straight to a byte stream as UTF-8, without a byte order mark.</summary>
internal static class StreamText
{
    public static void Write(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }
}
