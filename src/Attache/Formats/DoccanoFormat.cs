using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attache.Formats;

/// <summary>
/// doccano / Label Studio JSON Lines in doccano's relation-extraction layout, one object per document:
/// <c>{"id", "text", "entities": [{"id", "label", "start_offset", "end_offset"}],
/// "relations": [{"id", "from_id", "to_id", "type"}], "attache": {"norms": [...]}}</c>, offsets in
/// code points like brat's. Every text-bound annotation is an entity (an event trigger labelled with
/// its event type); brat relations and event arguments (type = the role, from the trigger) are
/// relations; normalisations, which doccano has no place for, ride in the <c>attache</c> field,
/// which doccano keeps as metadata: <c>{"entity_id", "resource", "value"}</c> for a span and
/// <c>{"event_id", "resource", "value"}</c> (the trigger's entity id) for an event's date.
/// Reading takes that layout back, and the older <c>"label": [[start, end, "Type"], ...]</c> one.
/// A line that is not such an object (a JSON array, a <c>label</c> that is not a list, a lone
/// surrogate escape) is an error for that line alone.
/// </summary>
public static class DoccanoFormat
{
    private const string MetadataField = "attache";
    private const string NormsField = "norms";
    private const string EntityIdField = "entity_id";
    private const string EventIdField = "event_id";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Formats one document as a JSON line (without the newline).</summary>
    /// <param name="id">The document id.</param>
    /// <param name="text">The text.</param>
    /// <param name="annotations">The annotations: spans, relations, events and normalisations are written.</param>
    public static string Write(string id, string text, BratDocument annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);

        // doccano's entity ids are numbers: the span's position, from 1. An event is addressed through its trigger.
        var entityIds = annotations.Spans.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
        var targets = new Dictionary<string, int>(entityIds, StringComparer.Ordinal);
        foreach (var ev in annotations.Events)
        {
            if (entityIds.TryGetValue(ev.Trigger, out var trigger))
            {
                targets.TryAdd(ev.Id, trigger);
            }
        }

        var relations = annotations.Relations.Select(r => (r.Type, From: r.Arg1, To: r.Arg2))
            .Concat(annotations.Events.SelectMany(e => e.Arguments.Select(a => (Type: a.Role, From: e.Trigger, To: a.Target))))
            .Where(r => targets.ContainsKey(r.From) && targets.ContainsKey(r.To))
            .ToList();

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("text", text);
            writer.WriteStartArray("entities");
            foreach (var span in annotations.Spans)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", entityIds[span.Id]);
                writer.WriteString("label", span.Type);
                writer.WriteNumber("start_offset", span.Start);
                writer.WriteNumber("end_offset", span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relations");
            for (var i = 0; i < relations.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", i + 1);
                writer.WriteNumber("from_id", targets[relations[i].From]);
                writer.WriteNumber("to_id", targets[relations[i].To]);
                writer.WriteString("type", relations[i].Type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject(MetadataField);
            writer.WriteStartArray(NormsField);
            foreach (var norm in annotations.Normalizations.Where(n => targets.ContainsKey(n.Target)))
            {
                writer.WriteStartObject();
                writer.WriteNumber(entityIds.ContainsKey(norm.Target) ? EntityIdField : EventIdField, targets[norm.Target]);
                writer.WriteString("resource", norm.Resource);
                writer.WriteString("value", norm.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Parses one JSON line. An entity labelled with an event type of the guidelines is an event
    /// trigger, and the relations from it are the event's arguments.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="lineNumber">The 1-based line number, for messages and the default id.</param>
    /// <param name="errors">Receives what is wrong with the line.</param>
    /// <returns>The document, or null when the line is invalid.</returns>
    public static (string Id, string Text, BratDocument Annotations)? Read(string line, string file, int lineNumber, ICollection<FormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        void Error(string message) => errors.Add(new FormatError(file, lineNumber, message));
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("expected a JSON object");
                return null;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                Error("missing string property \"text\"");
                return null;
            }

            var text = textElement.GetString()!;
            var index = new CodePointIndex(text);
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : $"line{lineNumber}";
            var spans = new List<BratSpan>();
            var byEntityId = new Dictionary<string, BratSpan>(StringComparer.Ordinal);

            BratSpan? AddSpan(int start, int end, string type)
            {
                if (start < 0 || end <= start || end > index.CodePointLength)
                {
                    return null;
                }

                var span = new BratSpan($"T{spans.Count + 1}", type, start, end, text[index.ToUtf16(start)..index.ToUtf16(end)]);
                spans.Add(span);
                return span;
            }

            if (root.TryGetProperty("entities", out var entities))
            {
                if (entities.ValueKind != JsonValueKind.Array)
                {
                    Error("\"entities\" must be a list of {\"id\", \"label\", \"start_offset\", \"end_offset\"}");
                    return null;
                }

                foreach (var entity in entities.EnumerateArray())
                {
                    if (entity.ValueKind != JsonValueKind.Object
                        || !TryGetInt(entity, "start_offset", out var start) || !TryGetInt(entity, "end_offset", out var end)
                        || !TryGetString(entity, "label", out var label)
                        || AddSpan(start, end, label) is not { } span)
                    {
                        Error($"entity {entity.GetRawText()} is not {{\"id\", \"label\", \"start_offset\", \"end_offset\"}} within the text");
                        continue;
                    }

                    if (entity.TryGetProperty("id", out var entityId) && !byEntityId.TryAdd(entityId.ToString(), span))
                    {
                        Error($"entity id {entityId.GetRawText()} is used twice");
                    }
                }
            }
            else if (root.TryGetProperty("label", out var labels) || root.TryGetProperty("labels", out labels))
            {
                if (labels.ValueKind != JsonValueKind.Array)
                {
                    Error("\"label\" must be a list of [start, end, \"Type\"]");
                    return null;
                }

                foreach (var label in labels.EnumerateArray())
                {
                    if (label.ValueKind != JsonValueKind.Array || label.GetArrayLength() != 3
                        || !label[0].TryGetInt32(out var start) || !label[1].TryGetInt32(out var end) || label[2].ValueKind != JsonValueKind.String
                        || AddSpan(start, end, label[2].GetString()!) is null)
                    {
                        Error($"label {label.GetRawText()} is not [start, end, \"Type\"] within the text");
                    }
                }
            }

            var (relations, events) = ReadRelations(root, spans, byEntityId, Error);
            var normalizations = ReadNorms(root, byEntityId, events, Error);
            return (id, text, new BratDocument(spans, relations, events, normalizations));
        }
        catch (JsonException e)
        {
            Error($"invalid JSON: {e.Message}");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json reports an escaped lone surrogate only when the string is read.
            Error($"invalid string: {e.Message}");
            return null;
        }
    }

    /// <summary>The brat relations, and the events: one per trigger entity, in entity order, with the relations from it as arguments.</summary>
    private static (List<BratRelation> Relations, List<BratEvent> Events) ReadRelations(
        JsonElement root, List<BratSpan> spans, Dictionary<string, BratSpan> byEntityId, Action<string> error)
    {
        var relations = new List<BratRelation>();
        var arguments = spans.Where(s => AnnotationSchema.EventTypes.Contains(s.Type)).ToDictionary(s => s.Id, _ => new List<BratArgument>(), StringComparer.Ordinal);
        if (root.TryGetProperty("relations", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                error("\"relations\" must be a list of {\"id\", \"from_id\", \"to_id\", \"type\"}");
            }
            else
            {
                foreach (var relation in list.EnumerateArray())
                {
                    if (relation.ValueKind != JsonValueKind.Object
                        || !relation.TryGetProperty("from_id", out var fromId) || !byEntityId.TryGetValue(fromId.ToString(), out var from)
                        || !relation.TryGetProperty("to_id", out var toId) || !byEntityId.TryGetValue(toId.ToString(), out var to)
                        || !TryGetString(relation, "type", out var type))
                    {
                        error($"relation {relation.GetRawText()} is not {{\"from_id\", \"to_id\", \"type\"}} between entities of the line");
                        continue;
                    }

                    if (arguments.TryGetValue(from.Id, out var eventArguments))
                    {
                        eventArguments.Add(new BratArgument(type, to.Id));
                    }
                    else
                    {
                        relations.Add(new BratRelation($"R{relations.Count + 1}", type, from.Id, to.Id));
                    }
                }
            }
        }

        var events = spans.Where(s => arguments.ContainsKey(s.Id))
            .Select((s, i) => new BratEvent($"E{i + 1}", s.Type, s.Id, arguments[s.Id]))
            .ToList();
        return (relations, events);
    }

    private static List<BratNormalization> ReadNorms(JsonElement root, Dictionary<string, BratSpan> byEntityId, List<BratEvent> events, Action<string> error)
    {
        var normalizations = new List<BratNormalization>();
        if (!root.TryGetProperty(MetadataField, out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty(NormsField, out var norms))
        {
            return normalizations;
        }

        if (norms.ValueKind != JsonValueKind.Array)
        {
            error($"\"{MetadataField}\".\"{NormsField}\" must be a list");
            return normalizations;
        }

        var eventByTrigger = events.ToDictionary(e => e.Trigger, e => e.Id, StringComparer.Ordinal);
        foreach (var norm in norms.EnumerateArray())
        {
            string? target = null;
            if (norm.ValueKind == JsonValueKind.Object && norm.TryGetProperty(EntityIdField, out var entityId) && byEntityId.TryGetValue(entityId.ToString(), out var span))
            {
                target = span.Id;
            }
            else if (norm.ValueKind == JsonValueKind.Object && norm.TryGetProperty(EventIdField, out var eventId)
                && byEntityId.TryGetValue(eventId.ToString(), out var trigger) && eventByTrigger.TryGetValue(trigger.Id, out var ev))
            {
                target = ev;
            }

            if (target is null || !TryGetString(norm, "resource", out var resource) || !TryGetString(norm, "value", out var value))
            {
                error($"norm {norm.GetRawText()} is not {{\"{EntityIdField}\" or \"{EventIdField}\", \"resource\", \"value\"}} on an entity or event of the line");
                continue;
            }

            normalizations.Add(new BratNormalization($"N{normalizations.Count + 1}", target, resource, value));
        }

        return normalizations;
    }

    private static bool TryGetInt(JsonElement element, string name, out int value)
    {
        value = 0;
        return element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number && property.TryGetInt32(out value);
    }

    private static bool TryGetString(JsonElement element, string name, out string value)
    {
        value = "";
        if (!element.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = property.GetString()!;
        return true;
    }
}
