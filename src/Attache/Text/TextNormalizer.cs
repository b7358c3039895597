using System.Text;

namespace Attache.Text;

/// <summary>
/// Folds typographic variants so that rules and models see one form: curly quotes and primes to
/// straight ones, dashes to '-', exotic spaces to ' ', compatibility forms (full-width letters,
/// ligatures) to NFKC, drops invisible characters (soft hyphens, zero-width spaces), and turns a lone
/// carriage return (old Mac line endings) into a line feed, so it breaks lines as <c>\n</c> and
/// <c>\r\n</c> do. Keeps a map to the original offsets whenever the length changes; the line-ending
/// change keeps the length, so offsets still index the original text.
/// </summary>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        if (!NeedsWork(text))
        {
            return new NormalizedText(text, null);
        }

        var builder = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var sameLength = true;
        for (var i = 0; i < text.Length;)
        {
            if (text[i] < 0x80)
            {
                builder.Append(IsLoneCarriageReturn(text, i) ? '\n' : text[i]);
                starts.Add(i);
                ends.Add(i + 1);
                i++;
                continue;
            }

            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var replacement = Replace(text, i, width);
            if (replacement.Length != width)
            {
                sameLength = false;
            }

            foreach (var c in replacement)
            {
                builder.Append(c);
                starts.Add(i);
                ends.Add(i + width);
            }

            i += width;
        }

        var normalized = builder.ToString();
        return sameLength
            ? new NormalizedText(normalized, null)
            : new NormalizedText(normalized, new OffsetMap([.. starts], [.. ends], text.Length));
    }

    private static bool NeedsWork(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80 || IsLoneCarriageReturn(text, i))
            {
                return true;
            }
        }

        return false;
    }

    // A carriage return followed by a line feed is left alone: the line feed already breaks the line.
    private static bool IsLoneCarriageReturn(string text, int index) =>
        text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n');

    private static string Replace(string text, int index, int width)
    {
        var c = text[index];
        if (width == 1)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\uFF07':
                    return "'";
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\uFF02':
                    return "\"";
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    return "-";
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000' or (>= '\u2000' and <= '\u200A'):
                    return " ";
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    return string.Empty;
                case '\u2028' or '\u2029' or '\u0085':
                    return "\n";
                case '\u2026':
                    return "...";
            }

            if (char.IsSurrogate(c))
            {
                return c.ToString();
            }
        }

        var piece = text.Substring(index, width);
        return piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC);
    }
}
