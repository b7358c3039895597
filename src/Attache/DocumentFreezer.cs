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

        // One id scheme (issue #19): every reference in a document is a position in the list it names.
        // Entities are ordered by their first mention; a draft's ids (a user's entity's, the linker's)
        // become positions here, and every reference to them follows.
        var entityOrder = draft.Entities
            .Select((e, k) => (Entity: e, First: e.Mentions.Count == 0 ? int.MaxValue : e.Mentions.Min(i => newIndex[i]), Draft: k))
            .OrderBy(x => x.First).ThenBy(x => x.Draft)
            .Select(x => x.Entity)
            .ToArray();
        var entityIds = new Dictionary<int, int>();
        for (var position = 0; position < entityOrder.Length; position++)
        {
            entityIds.TryAdd(entityOrder[position].Id, position);
        }

        // A record whose offsets, text and entity id the freezer leaves unchanged (no normalization in
        // it, the linker's ids already positions) is kept rather than copied: a dense document has
        // millions of tokens and mentions, and copies would double them while the draft is still alive
        // (issue #21).
        var mentions = order.Select(i =>
        {
            var m = draft.Mentions[i];
            var (start, end) = draft.ToOriginal(m.Start, m.End);
            var entityId = Position(entityIds, m.EntityId);
            var unchanged = Unchanged(text, m.Start, m.End, m.Text, start, end);
            return unchanged && entityId == m.EntityId ? m
                : unchanged ? m with { EntityId = entityId }
                : m with { Start = start, End = end, Text = pool.Slice(text, start, end), EntityId = entityId };
        }).ToArray();

        return new Document
        {
            Id = draft.Id,
            Text = text,
            Published = draft.Published,
            Tokens = draft.Tokens.Select(t =>
            {
                var (start, end) = draft.ToOriginal(t.Start, t.End);
                return Unchanged(text, t.Start, t.End, t.Text, start, end) ? t : new Token(start, end, pool.Slice(text, start, end));
            }).ToArray(),
            Sentences = draft.Sentences.Select(s =>
            {
                var (start, end) = draft.ToOriginal(s.Start, s.End);
                return s.Start == start && s.End == end ? s : s with { Start = start, End = end };
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
            Entities = entityOrder
                .Select((e, position) => e with { Id = position, Mentions = e.Mentions.Select(i => newIndex[i]).Order().ToArray() })
                .ToArray(),
            Events = draft.Events
                .Select(e =>
                {
                    var (start, end) = draft.ToOriginal(e.Start, e.End);
                    var linked = e with
                    {
                        Participants = e.Participants.Select(p => Position(entityIds, p)).OfType<int>().Distinct().Order().ToArray(),
                        Place = Position(entityIds, e.Place),
                    };
                    return Unchanged(text, e.Start, e.End, e.TriggerText, start, end) ? linked : linked with { Start = start, End = end, TriggerText = pool.Slice(text, start, end) };
                })
                .OrderBy(e => e.Start).ThenBy(e => e.Type)
                .ToArray(),
        };
    }

    /// <summary>The position of the entity a draft id names; null when no entity on the draft has that id.</summary>
    private static int? Position(Dictionary<int, int> positions, int? draftId) =>
        draftId is { } id && positions.TryGetValue(id, out var position) ? position : null;

    /// <summary>Whether a draft span keeps its offsets in the original text and its text equals the original slice.</summary>
    private static bool Unchanged(string original, int draftStart, int draftEnd, string draftText, int start, int end) =>
        draftStart == start && draftEnd == end && original.AsSpan(start, end - start).SequenceEqual(draftText);
}
