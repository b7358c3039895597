using Attache.Formats;

namespace Attache.Cli.Input;

/// <summary>Reads article files strictly (see <see cref="TextDecoder"/>) into articles or errors.</summary>
internal static class TextFileReader
{
    public static TextInput Read(string path, DateOnly? published) => ToInput(path, TextDecoder.Read(path), published);

    public static TextInput Decode(string path, string name, byte[] bytes, DateOnly? published) =>
        ToInput(path, TextDecoder.Decode(path, bytes), published, name);

    private static TextInput ToInput(string path, (string? Text, FormatError? Error) decoded, DateOnly? published, string? name = null)
    {
        name ??= Path.GetFileNameWithoutExtension(path);
        return decoded.Text is { } text ? new TextInput(name, new Article(text, name, published), null) : new TextInput(name, null, decoded.Error!.ToString());
    }
}
