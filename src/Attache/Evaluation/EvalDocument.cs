using Attache.Formats;

namespace Attache.Evaluation;

/// <summary>One document's annotations in the form the scorer compares.</summary>
internal sealed record EvalDocument(
    string Id,
    string Text,
    List<EvalItem> Mentions,
    List<(string Type, EvalItem From, EvalItem To)> Relations,
    List<(EvalItem Trigger, List<string> Participants, string? Place, string? Date)> Events)
{
    public static EvalDocument From(string id, string text, BratDocument brat)
    {
        var index = new CodePointIndex(text);
        var norms = brat.Normalizations.GroupBy(n => n.Target).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var items = brat.Spans.ToDictionary(
            s => s.Id,
            s =>
            {
                var start = Math.Min(index.ToUtf16(Math.Min(s.Start, index.CodePointLength)), text.Length);
                var end = Math.Min(index.ToUtf16(Math.Min(s.End, index.CodePointLength)), text.Length);
                return new EvalItem(s.Id, s.Type, start, end, s.Text, norms.GetValueOrDefault(s.Id));
            },
            StringComparer.Ordinal);
        var triggers = brat.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        var mentions = items.Values.Where(i => AnnotationSchema.EntityTypes.Contains(i.Type) && !triggers.Contains(i.Id)).OrderBy(i => i.Start).ToList();
        var relations = brat.Relations
            .Where(r => items.ContainsKey(r.Arg1) && items.ContainsKey(r.Arg2))
            .Select(r => (r.Type, items[r.Arg1], items[r.Arg2]))
            .ToList();
        string Value(string target) => items.TryGetValue(target, out var item) ? item.Norm ?? item.Text : target;
        var events = brat.Events
            .Where(e => items.ContainsKey(e.Trigger))
            .Select(e => (
                items[e.Trigger] with { Type = e.Type },
                e.Arguments.Where(a => a.BaseRole == "Participant").Select(a => Value(a.Target)).Distinct().ToList(),
                e.Arguments.Where(a => a.BaseRole == "Place").Select(a => Value(a.Target)).FirstOrDefault(),
                norms.GetValueOrDefault(e.Id)))
            .ToList();
        return new EvalDocument(id, text, mentions, relations, events);
    }
}
