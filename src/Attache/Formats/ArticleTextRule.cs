namespace Attache.Formats;

/// <summary>
/// The one rule an article's text must pass, whether it comes from a <c>.txt</c> file or a JSON line:
/// it is not empty and holds no NUL character (the mark of binary content). Both readers report a
/// failure with the same message.
/// </summary>
internal static class ArticleTextRule
{
    /// <summary>The message for a text of no characters.</summary>
    public const string EmptyMessage = "the text is empty";

    /// <summary>The message for a text with a NUL character.</summary>
    public const string BinaryMessage = "binary content (a NUL character); expected text";

    /// <summary>What is wrong with <paramref name="text"/>, and the index of the offending character (0 for an empty text); null when it passes.</summary>
    public static (int Index, string Message)? Check(string text)
    {
        if (text.Length == 0)
        {
            return (0, EmptyMessage);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0 ? (nul, BinaryMessage) : null;
    }
}
