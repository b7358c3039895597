using System.Globalization;

namespace Attache.Formats;

/// <summary>
/// Reads brat standoff <c>.ann</c> files (<c>T</c>, <c>R</c>, <c>E</c>, <c>N</c>, <c>A</c> and <c>#</c> lines).
/// Every problem is reported with its file and line; valid lines are kept.
/// </summary>
public static class BratReader
{
    /// <summary>Parses the contents of an <c>.ann</c> file.</summary>
    /// <param name="ann">The file's contents.</param>
    /// <param name="text">The matching <c>.txt</c> contents; when given, each span's text is checked against it.</param>
    /// <param name="file">The file's name, used in error messages.</param>
    /// <param name="errors">Receives every problem found.</param>
    /// <returns>The annotations that could be read.</returns>
    public static BratDocument Parse(string ann, string? text, string file, ICollection<FormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(ann);
        ArgumentNullException.ThrowIfNull(errors);
        var index = text is null ? null : new CodePointIndex(text);
        var spans = new List<BratSpan>();
        var relations = new List<BratRelation>();
        var events = new List<BratEvent>();
        var normalizations = new List<BratNormalization>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in ann.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] is '#' or 'A' or 'M')
            {
                continue;
            }

            void Error(string message) => errors.Add(new FormatError(file, lineNumber, message));

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                Error($"not a brat annotation line: '{Shorten(line)}'");
                continue;
            }

            var id = fields[0];
            if (!ids.Add(id))
            {
                Error($"id {id} is used twice");
                continue;
            }

            var parts = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (id[0])
            {
                case 'T':
                    if (ReadSpan(id, parts, fields, text, index, Error) is { } span)
                    {
                        spans.Add(span);
                    }

                    break;
                case 'R':
                    if (parts.Length == 3 && parts[1].StartsWith("Arg1:", StringComparison.Ordinal) && parts[2].StartsWith("Arg2:", StringComparison.Ordinal))
                    {
                        relations.Add(new BratRelation(id, parts[0], parts[1][5..], parts[2][5..]));
                    }
                    else
                    {
                        Error($"relation must read 'Type Arg1:ID Arg2:ID', got '{fields[1]}'");
                    }

                    break;
                case 'E':
                    if (ReadEvent(id, parts) is { } ev)
                    {
                        events.Add(ev);
                    }
                    else
                    {
                        Error($"event must read 'Type:TRIGGER Role:ID ...', got '{fields[1]}'");
                    }

                    break;
                case 'N':
                    if (parts.Length == 3 && fields.Length >= 3)
                    {
                        normalizations.Add(new BratNormalization(id, parts[1], parts[2], fields[2]));
                    }
                    else
                    {
                        Error($"normalisation must read 'Reference TARGET Resource:key<TAB>value', got '{Shorten(line)}'");
                    }

                    break;
                default:
                    Error($"unknown annotation kind '{id[0]}' in id {id}");
                    break;
            }
        }

        var document = new BratDocument(spans, relations, events, normalizations);
        CheckReferences(document, file, ann, errors);
        return document;
    }

    private static BratSpan? ReadSpan(string id, string[] parts, string[] fields, string? text, CodePointIndex? index, Action<string> error)
    {
        if (parts.Length != 3 || fields.Length < 3)
        {
            error(parts.Length > 3 && fields[1].Contains(';', StringComparison.Ordinal)
                ? $"{id}: discontinuous spans are not supported"
                : $"{id}: text-bound annotation must read 'Type START END<TAB>text'");
            return null;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end <= start)
        {
            error($"{id}: offsets '{parts[1]} {parts[2]}' are not a non-empty range");
            return null;
        }

        var spanText = fields[2];
        if (text is not null && index is not null)
        {
            if (end > index.CodePointLength)
            {
                error($"{id}: offsets {start}-{end} run past the end of the text ({index.CodePointLength} code points)");
                return null;
            }

            var actual = text[index.ToUtf16(start)..index.ToUtf16(end)];
            if (actual != spanText && BratWriter.OneLine(actual) != spanText)
            {
                error($"{id}: span text '{Shorten(spanText)}' differs from the text at {start}-{end}: '{Shorten(actual)}'");
                return null;
            }
        }

        return new BratSpan(id, parts[0], start, end, spanText);
    }

    private static BratEvent? ReadEvent(string id, string[] parts)
    {
        if (parts.Length == 0)
        {
            return null;
        }

        var head = parts[0].Split(':');
        if (head.Length != 2 || head[0].Length == 0 || head[1].Length == 0)
        {
            return null;
        }

        var arguments = new List<BratArgument>();
        foreach (var part in parts.Skip(1))
        {
            var pair = part.Split(':');
            if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
            {
                return null;
            }

            arguments.Add(new BratArgument(pair[0], pair[1]));
        }

        return new BratEvent(id, head[0], head[1], arguments);
    }

    private static void CheckReferences(BratDocument document, string file, string ann, ICollection<FormatError> errors)
    {
        var known = new HashSet<string>(document.Spans.Select(s => s.Id).Concat(document.Events.Select(e => e.Id)), StringComparer.Ordinal);
        var lines = LineNumbers(ann);

        void Check(string owner, string target)
        {
            if (!known.Contains(target))
            {
                errors.Add(new FormatError(file, lines.GetValueOrDefault(owner), $"{owner} refers to {target}, which is not defined"));
            }
        }

        foreach (var relation in document.Relations)
        {
            Check(relation.Id, relation.Arg1);
            Check(relation.Id, relation.Arg2);
        }

        foreach (var ev in document.Events)
        {
            Check(ev.Id, ev.Trigger);
            foreach (var argument in ev.Arguments)
            {
                Check(ev.Id, argument.Target);
            }
        }

        foreach (var normalization in document.Normalizations)
        {
            Check(normalization.Id, normalization.Target);
        }
    }

    internal static Dictionary<string, int> LineNumbers(string ann)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in ann.Split('\n'))
        {
            number++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                result.TryAdd(line[..tab], number);
            }
        }

        return result;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "...");
}
