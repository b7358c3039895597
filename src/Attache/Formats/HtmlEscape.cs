namespace Attache.Formats;

/// <summary>
/// Escapes text for HTML so that the parsed page holds exactly the characters given: markup characters
/// become references, and a carriage return becomes <c>&amp;#13;</c> because an HTML (and XML) parser
/// turns a literal one into a line feed. The output is also well-formed XML text.
/// </summary>
internal static class HtmlEscape
{
    /// <summary>Writes <paramref name="text"/> as element content.</summary>
    public static void Text(TextWriter writer, ReadOnlySpan<char> text) => Write(writer, text, attribute: false);

    /// <summary>Writes <paramref name="text"/> as a double-quoted attribute value (line feeds kept as references).</summary>
    public static void Attribute(TextWriter writer, ReadOnlySpan<char> text) => Write(writer, text, attribute: true);

    /// <summary>The escaped text as a string, for attribute values built ahead of writing.</summary>
    public static string Attribute(string text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Attribute(writer, text);
        return writer.ToString();
    }

    private static void Write(TextWriter writer, ReadOnlySpan<char> text, bool attribute)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Replacement(text, i, attribute);
            if (replacement is null)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            writer.Write(text[run..i]);
            writer.Write(replacement);
            run = i + 1;
        }

        writer.Write(text[run..]);
    }

    private static string? Replacement(ReadOnlySpan<char> text, int i, bool attribute) => text[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => "&#13;",
        '\n' when attribute => "&#10;",
        '\t' when attribute => "&#9;",

        // HTML drops NUL from text, and no encoding can write a lone surrogate: both become U+FFFD, one character for one.
        '\0' => "\uFFFD",
        var c when char.IsLowSurrogate(c) => "\uFFFD",
        var c when char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) => "\uFFFD",
        _ => null,
    };
}
