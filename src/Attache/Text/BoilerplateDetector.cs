using System.Text.RegularExpressions;
using Attache.Documents;

namespace Attache.Text;

/// <summary>
/// Marks web-page furniture that is not article prose: whole lines such as <c>Advertisement</c>,
/// <c>Latest Headlines</c>, <c>Skip to content</c>, subscription and app prompts, bare URLs, and
/// inline photo credits such as <c>(Photo: Reuters/Tingshu Wang)</c> or <c>File Photo by ...</c>.
/// Nothing is extracted from the marked ranges; their offsets stay those of the text.
/// </summary>
internal sealed partial class BoilerplateDetector : IDocumentComponent
{
    /// <summary>
    /// Furniture lines are short; a longer line is prose even when it holds a furniture phrase (an
    /// article that arrives as one line must not vanish whole).
    /// </summary>
    private const int MaxBoilerplateLine = 240;

    /// <summary>
    /// Inline credits are looked for on lines up to this long. The patterns are source-generated (built at run time,
    /// they cost a sixth of start-up) and so backtrack; the caps on line length keep every match linear in practice.
    /// </summary>
    private const int MaxCreditLine = 4_000;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    public string Name => "boilerplate";

    public DraftLayers Assigns => DraftLayers.Boilerplate;

    public void Process(DocumentDraft draft)
    {
        var text = draft.Text;
        var found = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end > start)
            {
                if (end - start <= MaxBoilerplateLine && BoilerplateLine().IsMatch(text.AsSpan(start, end - start)))
                {
                    found.Add(new TextSpan(start, end));
                }
                else if (end - start <= MaxCreditLine && MayHoldCredit(text.AsSpan(start, end - start)))
                {
                    foreach (var match in InlineCredit().EnumerateMatches(text.AsSpan(start, end - start)))
                    {
                        var (s, e) = Trim(text, start + match.Index, start + match.Index + match.Length);
                        found.Add(new TextSpan(s, e));
                    }
                }
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        draft.Boilerplate.AddRange(found);
    }

    /// <summary>Every inline credit names a photo or an image; a vectorised search skips the regex on the lines that do not.</summary>
    private static bool MayHoldCredit(ReadOnlySpan<char> line) =>
        line.Contains("photo", StringComparison.OrdinalIgnoreCase) || line.Contains("image", StringComparison.OrdinalIgnoreCase);

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(
        """
        ^(?:\d+\.\s+|[·•*]\s*)?(?:
        advertisements?|sponsored(?:\s+content)?|latest\s+headlines|related\s+(?:stories|articles|news|content|coverage|topics)|
        (?:read|see)\s+(?:more|also)(?:\s+.*)?|share(?:\s+this(?:\s+(?:article|story|page))?)?(?:\s+on\s+\w+)?|skip\s+to\s+.*|
        subscribe(?:\s+.*)?|sign\s+up(?:\s+.*)?|download(?:\s+(?:here|the\s+app|our\s+app))?|join(?:\s+(?:here|us|now))?|
        get\s+(?:the|our)\s+.*|get\s+\w+\s+alerts|stay\s+updated\s+.*|join\s+our\s+.*|follow\s+us(?:\s+.*)?|
        open\s+popup|close|menu|search|home|welcome\s+back!?|google\s+ads(?:\s+\d+)?|click\s+(?:on|here)\s+.*|
        (?:accept|reject|manage)(?:\s+all)?\s+cookies|.*\bcookies?\s+polic(?:y|ies)\b.*|we\s+use\s+cookies.*|
        .*\bwe\s+need\s+your\s+support\b.*|most\s+(?:read|popular|viewed)|top\s+stories|trending(?:\s+now)?|
        recommended(?:\s+for\s+you)?|more\s+from\s+.*|comments?|print|e-?mail|copy\s+link|listen\s+to\s+this\s+article|
        image:\s+.*|(?:photo|picture|image)s?(?:\s+credit)?:\s+.*|(?:file\s+)?(?:photo|picture|image)s?\s+(?:by|courtesy\s+of)\s+.*|https?://\S+|www\.\S+
        )\s*$
        """,
        Options)]
    private static partial Regex BoilerplateLine();

    [GeneratedRegex(
        """
        \((?:photo|photograph|image|file\s+photo|photo\s+credit)[^)\n]*\)|
        \b[A-Z]{2,}\s+PHOTO\s*/[^(\n]*|
        \bFile\s+Photo\s+by\s+[^|\n]*(?:\|\s*License\s+Photo)?|
        \|\s*License\s+Photo
        """,
        Options)]
    private static partial Regex InlineCredit();
}
