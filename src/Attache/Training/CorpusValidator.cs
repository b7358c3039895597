using System.Text.RegularExpressions;
using Attache.Formats;

namespace Attache.Training;

/// <summary>
/// Checks annotated documents against the annotation guidelines: known types, relation and event
/// argument types, one trigger per event of the event's type, reference keys and values, a
/// normalisation for every Official and Place, and no two spans of one type overlapping.
/// </summary>
internal static partial class CorpusValidator
{
    public static void Validate(CorpusDocument document, string annPath, ICollection<FormatError> errors)
    {
        var ann = document.Annotations;
        var lines = File.Exists(annPath) ? BratReader.LineNumbers(File.ReadAllText(annPath)) : [];
        void Error(string id, string message) => errors.Add(new FormatError(annPath, lines.GetValueOrDefault(id), message));

        var spans = ann.Spans.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var triggers = ann.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        foreach (var span in ann.Spans)
        {
            var isEntity = AnnotationSchema.EntityTypes.Contains(span.Type);
            if (!isEntity && !AnnotationSchema.EventTypes.Contains(span.Type))
            {
                Error(span.Id, $"{span.Id}: unknown type '{span.Type}'");
            }
            else if (!isEntity && !triggers.Contains(span.Id))
            {
                Error(span.Id, $"{span.Id}: '{span.Type}' trigger without an E line");
            }

            if (span.Text.Length == 0 || char.IsWhiteSpace(span.Text[0]) || char.IsWhiteSpace(span.Text[^1]))
            {
                Error(span.Id, $"{span.Id}: span has leading or trailing white space");
            }
        }

        foreach (var group in ann.Spans.GroupBy(s => s.Type))
        {
            var ordered = group.OrderBy(s => s.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Start < ordered[i - 1].End)
                {
                    Error(ordered[i].Id, $"{ordered[i].Id}: overlaps {ordered[i - 1].Id}, another {group.Key} span");
                }
            }
        }

        foreach (var relation in ann.Relations)
        {
            if (!AnnotationSchema.Relations.TryGetValue(relation.Type, out var shape))
            {
                Error(relation.Id, $"{relation.Id}: unknown relation type '{relation.Type}'");
                continue;
            }

            if (spans.TryGetValue(relation.Arg1, out var a1) && a1.Type != shape.Arg1)
            {
                Error(relation.Id, $"{relation.Id}: {relation.Type} Arg1 must be {shape.Arg1}, not {a1.Type}");
            }

            if (spans.TryGetValue(relation.Arg2, out var a2) && !shape.Arg2.Contains(a2.Type))
            {
                Error(relation.Id, $"{relation.Id}: {relation.Type} Arg2 must be {string.Join(" or ", shape.Arg2)}, not {a2.Type}");
            }
        }

        foreach (var ev in ann.Events)
        {
            if (!AnnotationSchema.EventTypes.Contains(ev.Type))
            {
                Error(ev.Id, $"{ev.Id}: unknown event type '{ev.Type}'");
            }

            if (spans.TryGetValue(ev.Trigger, out var trigger) && trigger.Type != ev.Type)
            {
                Error(ev.Id, $"{ev.Id}: trigger {ev.Trigger} is a {trigger.Type}, not a {ev.Type}");
            }

            foreach (var argument in ev.Arguments)
            {
                if (!AnnotationSchema.EventRoles.TryGetValue(argument.BaseRole, out var allowed))
                {
                    Error(ev.Id, $"{ev.Id}: unknown role '{argument.Role}'");
                }
                else if (spans.TryGetValue(argument.Target, out var target) && !allowed.Contains(target.Type))
                {
                    Error(ev.Id, $"{ev.Id}: {argument.BaseRole} must be {string.Join(" or ", allowed)}, not {target.Type}");
                }
            }
        }

        var normalized = new HashSet<string>(StringComparer.Ordinal);
        var events = ann.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var n in ann.Normalizations)
        {
            if (!AnnotationSchema.References.TryGetValue(n.Resource, out var targetType))
            {
                Error(n.Id, $"{n.Id}: unknown reference '{n.Resource}'");
                continue;
            }

            var actual = spans.TryGetValue(n.Target, out var span) ? span.Type : events.Contains(n.Target) ? "Event" : null;
            if (actual is not null && actual != targetType)
            {
                Error(n.Id, $"{n.Id}: {n.Resource} must refer to {(targetType == "Event" ? "an event" : "a " + targetType)}, not {actual}");
            }

            if (!normalized.Add(n.Target + " " + n.Resource))
            {
                Error(n.Id, $"{n.Id}: {n.Target} has two {n.Resource} normalisations");
            }

            if (n.Value.Trim().Length == 0)
            {
                Error(n.Id, $"{n.Id}: empty value");
            }
            else if (targetType == "Event" && !DatePattern().IsMatch(n.Value))
            {
                Error(n.Id, $"{n.Id}: date '{n.Value}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }

        foreach (var span in ann.Spans.Where(s => s.Type is "Official" or "Place"))
        {
            var key = span.Type == "Official" ? "Attache:official" : "Attache:place";
            if (!normalized.Contains(span.Id + " " + key))
            {
                Error(span.Id, $"{span.Id}: {span.Type} '{span.Text}' has no {key} normalisation");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
