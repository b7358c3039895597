using Attache.Documents;

namespace Attache.Models;

/// <summary>
/// The mentions and relations of one document while <see cref="MentionMerger"/> works on them:
/// ids stay fixed (a removed mention is only flagged), range queries go through a
/// <see cref="MentionSpanIndex"/>, and <see cref="WriteBack"/> compacts everything once at the end.
/// </summary>
internal sealed class MergeState
{
    private readonly List<bool> _removed;
    private readonly List<Relation> _relations;
    private readonly Dictionary<int, List<int>> _relationsByTitle = [];
    private readonly MentionSpanIndex _index = new();
    private readonly Predicate<int> _isRemoved;

    public MergeState(DocumentDraft draft)
    {
        _isRemoved = id => _removed![id];
        Mentions = [.. draft.Mentions];
        _removed = [.. Enumerable.Repeat(false, Mentions.Count)];
        _relations = [];
        for (var i = 0; i < Mentions.Count; i++)
        {
            _index.Add(i, Mentions[i].Start, Mentions[i].End);
        }

        draft.Relations.ForEach(Relate);
    }

    /// <summary>Every mention by id, removed ones included (check with <see cref="Near"/>, which skips them).</summary>
    public List<Mention> Mentions { get; }

    /// <summary>The live mentions filed near [<paramref name="start"/>, <paramref name="end"/>), ascending by id.</summary>
    public List<int> Near(int start, int end)
    {
        var near = _index.Near(start, end);
        near.RemoveAll(_isRemoved);
        return near;
    }

    public int Add(Mention mention)
    {
        Mentions.Add(mention);
        _removed.Add(false);
        _index.Add(Mentions.Count - 1, mention.Start, mention.End);
        return Mentions.Count - 1;
    }

    public void Remove(int id) => _removed[id] = true;

    public void Relate(Relation relation)
    {
        _relations.Add(relation);
        if (relation.Type == RelationType.HasTitle)
        {
            if (!_relationsByTitle.TryGetValue(relation.To, out var list))
            {
                _relationsByTitle[relation.To] = list = [];
            }

            list.Add(_relations.Count - 1);
        }
    }

    /// <summary>Whether the title already has a <c>HasTitle</c> relation between live mentions.</summary>
    public bool HasTitleRelation(int title) =>
        _relationsByTitle.TryGetValue(title, out var list) && list.Any(r => !_removed[_relations[r].From] && !_removed[_relations[r].To]);

    /// <summary>Replaces the draft's mentions and relations with the live ones, ids compacted in order, and renumbers the mentions of existing entities.</summary>
    public void WriteBack(DocumentDraft draft)
    {
        var map = new int[Mentions.Count];
        draft.Mentions.Clear();
        for (var i = 0; i < Mentions.Count; i++)
        {
            map[i] = _removed[i] ? -1 : draft.Mentions.Count;
            if (!_removed[i])
            {
                draft.Mentions.Add(Mentions[i]);
            }
        }

        draft.Relations.Clear();
        draft.Relations.AddRange(_relations.Where(r => map[r.From] >= 0 && map[r.To] >= 0).Select(r => r with { From = map[r.From], To = map[r.To] }));

        // entities an earlier component made point at mentions by index too
        for (var e = 0; e < draft.Entities.Count; e++)
        {
            var entity = draft.Entities[e];
            draft.Entities[e] = entity with { Mentions = [.. entity.Mentions.Where(i => i >= 0 && i < map.Length && map[i] >= 0).Select(i => map[i])] };
        }
    }
}
