using System.Text.Encodings.Web;
using System.Text.Json;
using Attache.Documents;

namespace Attache.Formats;

/// <summary>Writes a <see cref="Document"/> as the JSON object of the command-line contract.</summary>
public static class DocumentJsonWriter
{
    // Utf8JsonWriter keeps everything written to a stream until Flush: without a flush per so many
    // bytes, a dense 8 MB article's 128 MB of JSON would sit in one growing buffer (issue #21).
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes the document to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Pretty-print (for <c>json</c>) or one line (for <c>jsonl</c>).</param>
    public static void Write(Stream stream, Document document, bool indented)
    {
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        Write(writer, document);
    }

    /// <summary>Formats the document as a JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Pretty-print or one line.</param>
    public static string ToJson(Document document, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, document, indented);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the document object with an existing writer.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="document">The document.</param>
    public static void Write(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        if (document.Published is { } published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteStartArray("mentions");
        foreach (var m in document.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("type", m.Type.ToString());
            writer.WriteNumber("start", m.Start);
            writer.WriteNumber("end", m.End);
            writer.WriteString("text", m.Text);
            WriteOptional(writer, "canonical", m.Canonical);
            WriteOptional(writer, "country", m.CountryCode);
            if (m.EntityId is { } entity)
            {
                writer.WriteNumber("entity", entity);
            }

            writer.WriteNumber("confidence", Math.Round(m.Confidence, 4));
            writer.WriteString("source", m.Source.ToString().ToLowerInvariant());
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var e in document.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", e.Id);
            writer.WriteString("type", e.Type.ToString());
            writer.WriteString("name", e.Name);
            WriteStrings(writer, "titles", e.Titles);
            WriteStrings(writer, "affiliations", e.Affiliations);
            WriteNumbers(writer, "mentions", e.Mentions);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var r in document.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", r.Type.ToString());
            writer.WriteNumber("from", r.From);
            writer.WriteNumber("to", r.To);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var ev in document.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("type", ev.Type.ToString());
            writer.WriteString("cameo", EventCodes.Cameo(ev.Type));
            writer.WriteStartObject("trigger");
            writer.WriteNumber("start", ev.Start);
            writer.WriteNumber("end", ev.End);
            writer.WriteString("text", ev.TriggerText);
            writer.WriteEndObject();
            writer.WriteNumber("sentence", ev.Sentence);
            WriteNumbers(writer, "participants", ev.Participants);
            if (ev.Place is { } place)
            {
                writer.WriteNumber("place", place);
            }

            WriteOptional(writer, "date", ev.Date);
            writer.WriteNumber("confidence", Math.Round(ev.Confidence, 4));
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }
}
