using System.Text;

namespace Attache.Formats;

/// <summary>
/// Reads CoNLL-2003-style BIO files: one token per line with its tag in the last column, blank lines
/// between sentences, <c>-DOCSTART-</c> lines between documents. Each document becomes a text (tokens
/// joined by spaces, one sentence per line) and brat spans. IOB1 (<c>I-</c> opening a span) is
/// accepted; CoNLL-2003's <c>PER</c>, <c>LOC</c>, <c>GPE</c> and <c>ORG</c> map to Person, Place and
/// Organization, and types outside the guidelines are skipped. Span offsets are code points, as brat's
/// are, so tokens outside the Basic Multilingual Plane (emoji) do not shift the spans after them.
/// </summary>
public static class ConllReader
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["PER"] = "Person", ["LOC"] = "Place", ["GPE"] = "Place", ["ORG"] = "Organization",
    };

    /// <summary>Reads the documents of one CoNLL file.</summary>
    /// <param name="content">The file's contents.</param>
    /// <param name="file">The file's name, for ids and messages.</param>
    /// <param name="errors">Receives malformed lines.</param>
    public static List<(string Id, string Text, BratDocument Annotations)> Read(string content, string file, ICollection<FormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(errors);
        var documents = new List<(string, string, BratDocument)>();
        var text = new StringBuilder();
        var spans = new List<BratSpan>();
        (int Start, string Type)? open = null;
        var lastEnd = 0;
        var lineNumber = 0;
        var sentenceHasTokens = false;

        void Close()
        {
            if (open is { } o)
            {
                spans.Add(new BratSpan($"T{spans.Count + 1}", o.Type, o.Start, lastEnd, text.ToString(o.Start, lastEnd - o.Start)));
                open = null;
            }
        }

        void Flush()
        {
            Close();
            if (text.Length > 0)
            {
                // Spans were built over UTF-16 indexes of the text; brat counts code points.
                var name = Path.GetFileNameWithoutExtension(file);
                var content = text.ToString();
                var index = new CodePointIndex(content);
                var codePointSpans = spans.Select(s => s with { Start = index.ToCodePoint(s.Start), End = index.ToCodePoint(s.End) }).ToList();
                documents.Add(($"{name}-{documents.Count + 1}", content, new BratDocument(codePointSpans, [], [], [])));
            }

            text.Clear();
            spans.Clear();
            sentenceHasTokens = false;
        }

        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            if (line.Trim().Length == 0)
            {
                Close();
                if (sentenceHasTokens)
                {
                    text.Append('\n');
                    sentenceHasTokens = false;
                }

                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                errors.Add(new FormatError(file, lineNumber, "expected 'token ... TAG'"));
                continue;
            }

            var tag = fields[^1];
            if (tag != "O" && (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')))
            {
                errors.Add(new FormatError(file, lineNumber, $"tag '{tag}' is not O, B-TYPE or I-TYPE"));
                tag = "O";
            }

            if (sentenceHasTokens)
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(fields[0]);
            sentenceHasTokens = true;
            var type = tag == "O" ? null : Aliases.GetValueOrDefault(tag[2..], tag[2..]);
            if (type is null || tag[0] == 'B' || open?.Type != type)
            {
                Close();
                if (type is not null && AnnotationSchema.EntityTypes.Contains(type))
                {
                    open = (start, type);
                }
            }

            lastEnd = text.Length;
        }

        Flush();
        return documents;
    }
}
