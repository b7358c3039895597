using System.Globalization;
using System.Text.Json;

namespace Attache.Formats;

/// <summary>
/// Reads articles from JSON Lines: one object per line,
/// <c>{"id": "...", "text": "...", "published": "YYYY-MM-DD"}</c> (<c>id</c> and <c>published</c> optional).
/// A line that is not such an object, holds a string that is not valid UTF-16 (a lone surrogate
/// escape such as <c>\ud800</c>), or whose text is empty or binary is an error for that line alone.
/// </summary>
public static class JsonlArticleReader
{
    /// <summary>Parses one line.</summary>
    /// <param name="line">The line's text.</param>
    /// <param name="file">The input's name, for messages.</param>
    /// <param name="lineNumber">The 1-based line number, for messages and the default id.</param>
    /// <param name="article">The article, when the line is valid.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the line held a valid article.</returns>
    public static bool TryParse(string line, string file, int lineNumber, out Article? article, out FormatError? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        article = null;
        error = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = new FormatError(file, lineNumber, "expected a JSON object");
                return false;
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = new FormatError(file, lineNumber, "missing string property \"text\"");
                return false;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => null,
                };
            }

            DateOnly? published = null;
            if (root.TryGetProperty("published", out var date) && date.ValueKind != JsonValueKind.Null)
            {
                if (date.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    error = new FormatError(file, lineNumber, "\"published\" must be a date written YYYY-MM-DD");
                    return false;
                }

                published = parsed;
            }

            var content = text.GetString()!;
            if (ArticleTextRule.Check(content) is { } problem)
            {
                error = new FormatError(file, lineNumber, problem.Message);
                return false;
            }

            article = new Article(content, id ?? $"line{lineNumber}", published);
            return true;
        }
        catch (JsonException e)
        {
            error = new FormatError(file, lineNumber, $"invalid JSON: {e.Message}");
            return false;
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json reports an escaped lone surrogate only when the string is read.
            error = new FormatError(file, lineNumber, $"invalid string: {e.Message}");
            return false;
        }
    }
}
