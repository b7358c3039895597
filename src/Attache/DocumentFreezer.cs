using Attache.Documents;

namespace Attache;

/// <summary>Turns a finished draft into an immutable <see cref="Document"/> over the original text.</summary>
internal static class DocumentFreezer
{
    public static Document Freeze(DocumentDraft draft)
    {
        var text = draft.OriginalText;
        var pool = new Text.TextPool();
        // Mentions in text order (by start, longest first, then type); most drafts already are, and
        // then no sort runs.
        var order = InTextOrder(draft.Mentions)
            ? Enumerable.Range(0, draft.Mentions.Count).ToArray()
            : Enumerable.Range(0, draft.Mentions.Count)
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
            Tokens = Tokens(draft, text, pool),
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
                    var participants = Positions(entityIds, e.Participants);
                    var place = Position(entityIds, e.Place);
                    var unchanged = Unchanged(text, e.Start, e.End, e.TriggerText, start, end);
                    if (unchanged && ReferenceEquals(participants, e.Participants) && place == e.Place)
                    {
                        return e; // kept, not copied, as mentions are: a dense document has hundreds of thousands
                    }

                    var linked = e with { Participants = participants, Place = place };
                    return unchanged ? linked : linked with { Start = start, End = end, TriggerText = pool.Slice(text, start, end) };
                })
                .OrderBy(e => e.Start).ThenBy(e => e.Type)
                .ToArray(),
        };
    }

    /// <summary>
    /// The tokens over the original text: the draft's own list, read-only, when no token changes (the draft
    /// is dropped once frozen, and a copy of a dense document's millions of token references would add to
    /// its peak, issue #21), else a copy with the changed ones mapped back.
    /// </summary>
    private static IReadOnlyList<Token> Tokens(DocumentDraft draft, string text, Text.TextPool pool)
    {
        var unchanged = true;
        foreach (var t in draft.Tokens)
        {
            var (start, end) = draft.ToOriginal(t.Start, t.End);
            if (!Unchanged(text, t.Start, t.End, t.Text, start, end))
            {
                unchanged = false;
                break;
            }
        }

        return unchanged
            ? draft.Tokens.AsReadOnly()
            : draft.Tokens.Select(t =>
            {
                var (start, end) = draft.ToOriginal(t.Start, t.End);
                return Unchanged(text, t.Start, t.End, t.Text, start, end) ? t : new Token(start, end, pool.Slice(text, start, end));
            }).ToArray();
    }

    /// <summary>Whether mentions are in text order already: by start, then longest first, then type.</summary>
    private static bool InTextOrder(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (a, b) = (mentions[i - 1], mentions[i]);
            if (a.Start > b.Start || (a.Start == b.Start && (a.End < b.End || (a.End == b.End && a.Type > b.Type))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The positions of the entities that draft ids name, ascending and each once, without ids that name
    /// no entity; the list itself when it is that already (the linker's ids usually are their positions).
    /// </summary>
    private static IReadOnlyList<int> Positions(Dictionary<int, int> positions, IReadOnlyList<int> draftIds)
    {
        var same = true;
        for (var i = 0; i < draftIds.Count && same; i++)
        {
            same = positions.TryGetValue(draftIds[i], out var position) && position == draftIds[i] && (i == 0 || draftIds[i - 1] < draftIds[i]);
        }

        return same ? draftIds : draftIds.Select(id => Position(positions, id)).OfType<int>().Distinct().Order().ToArray();
    }

    /// <summary>The position of the entity a draft id names; null when no entity on the draft has that id.</summary>
    private static int? Position(Dictionary<int, int> positions, int? draftId) =>
        draftId is { } id && positions.TryGetValue(id, out var position) ? position : null;

    /// <summary>Whether a draft span keeps its offsets in the original text and its text equals the original slice.</summary>
    private static bool Unchanged(string original, int draftStart, int draftEnd, string draftText, int start, int end) =>
        draftStart == start && draftEnd == end && original.AsSpan(start, end - start).SequenceEqual(draftText);
}
