using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attache.Formats;

/// <summary>
/// doccano / Label Studio JSON Lines: one object per document,
/// <c>{"id": "...", "text": "...", "label": [[start, end, "Type"], ...]}</c>, offsets in code points
/// like brat's. Only text-bound annotations travel; relations, events and normalisations do not.
/// A line that is not such an object (a JSON array, a <c>label</c> that is not a list, a lone
/// surrogate escape) is an error for that line alone.
/// </summary>
public static class DoccanoFormat
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Formats one document as a JSON line (without the newline).</summary>
    /// <param name="id">The document id.</param>
    /// <param name="text">The text.</param>
    /// <param name="annotations">The annotations; their text-bound spans are written.</param>
    public static string Write(string id, string text, BratDocument annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("text", text);
            writer.WriteStartArray("label");
            foreach (var span in annotations.Spans)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(span.Start);
                writer.WriteNumberValue(span.End);
                writer.WriteStringValue(span.Type);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses one JSON line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="lineNumber">The 1-based line number, for messages and the default id.</param>
    /// <param name="errors">Receives what is wrong with the line.</param>
    /// <returns>The document, or null when the line is invalid.</returns>
    public static (string Id, string Text, BratDocument Annotations)? Read(string line, string file, int lineNumber, ICollection<FormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FormatError(file, lineNumber, "expected a JSON object"));
                return null;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FormatError(file, lineNumber, "missing string property \"text\""));
                return null;
            }

            var text = textElement.GetString()!;
            var index = new CodePointIndex(text);
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : $"line{lineNumber}";
            var spans = new List<BratSpan>();
            if (root.TryGetProperty("label", out var labels) || root.TryGetProperty("labels", out labels))
            {
                if (labels.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(new FormatError(file, lineNumber, "\"label\" must be a list of [start, end, \"Type\"]"));
                    return null;
                }

                foreach (var label in labels.EnumerateArray())
                {
                    if (label.ValueKind != JsonValueKind.Array || label.GetArrayLength() != 3
                        || !label[0].TryGetInt32(out var start) || !label[1].TryGetInt32(out var end) || label[2].ValueKind != JsonValueKind.String
                        || start < 0 || end <= start || end > index.CodePointLength)
                    {
                        errors.Add(new FormatError(file, lineNumber, $"label {label.GetRawText()} is not [start, end, \"Type\"] within the text"));
                        continue;
                    }

                    spans.Add(new BratSpan($"T{spans.Count + 1}", label[2].GetString()!, start, end, text[index.ToUtf16(start)..index.ToUtf16(end)]));
                }
            }

            return (id, text, new BratDocument(spans, [], [], []));
        }
        catch (JsonException e)
        {
            errors.Add(new FormatError(file, lineNumber, $"invalid JSON: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json reports an escaped lone surrogate only when the string is read.
            errors.Add(new FormatError(file, lineNumber, $"invalid string: {e.Message}"));
            return null;
        }
    }
}
