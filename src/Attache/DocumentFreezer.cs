using Attache.Documents;

namespace Attache;

/// <summary>Turns a finished draft into an immutable <see cref="Document"/> over the original text.</summary>
internal static class DocumentFreezer
{
    public static Document Freeze(DocumentDraft draft)
    {
        var text = draft.OriginalText;
        var pool = new Text.TextPool();
        var order = Enumerable.Range(0, draft.Mentions.Count)
            .OrderBy(i => draft.Mentions[i].Start)
            .ThenByDescending(i => draft.Mentions[i].End)
            .ThenBy(i => draft.Mentions[i].Type)
            .ToArray();
        var newIndex = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            newIndex[order[k]] = k;
        }

        var mentions = order.Select(i =>
        {
            var m = draft.Mentions[i];
            var (start, end) = draft.ToOriginal(m.Start, m.End);
            return m with { Start = start, End = end, Text = pool.Slice(text, start, end) };
        }).ToArray();

        return new Document
        {
            Id = draft.Id,
            Text = text,
            Published = draft.Published,
            Tokens = draft.Tokens.Select(t =>
            {
                var (start, end) = draft.ToOriginal(t.Start, t.End);
                return new Token(start, end, pool.Slice(text, start, end));
            }).ToArray(),
            Sentences = draft.Sentences.Select(s =>
            {
                var (start, end) = draft.ToOriginal(s.Start, s.End);
                return s with { Start = start, End = end };
            }).ToArray(),
            Boilerplate = draft.Boilerplate.Select(b =>
            {
                var (start, end) = draft.ToOriginal(b.Start, b.End);
                return new TextSpan(start, end);
            }).ToArray(),
            Mentions = mentions,
            Relations = draft.Relations
                .Select(r => r with { From = newIndex[r.From], To = newIndex[r.To] })
                .Distinct()
                .OrderBy(r => r.From).ThenBy(r => r.To).ThenBy(r => r.Type)
                .ToArray(),
            Entities = draft.Entities
                .Select(e => e with { Mentions = e.Mentions.Select(i => newIndex[i]).Order().ToArray() })
                .ToArray(),
            Events = draft.Events
                .Select(e =>
                {
                    var (start, end) = draft.ToOriginal(e.Start, e.End);
                    return e with { Start = start, End = end, TriggerText = pool.Slice(text, start, end) };
                })
                .OrderBy(e => e.Start).ThenBy(e => e.Type)
                .ToArray(),
        };
    }
}
