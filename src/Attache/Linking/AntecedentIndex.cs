using Attache.Documents;

namespace Attache.Linking;

/// <summary>
/// The full-named official mentions of one document by family name, in text order, for resolving
/// short references: before an offset, the canonical name mentioned most often (ties: most
/// recently) within <see cref="Window"/> characters; failing that, the first one after it. Each
/// query costs the mentions of that family in the window, so linking stays linear on huge inputs.
/// </summary>
internal sealed class AntecedentIndex
{
    /// <summary>How far back an antecedent may stand: longer than any news article, short enough to bound the work.</summary>
    internal const int Window = 20_000;

    private readonly Dictionary<string, List<(int Start, string Canonical)>> _byFamily = new(StringComparer.Ordinal);
    private readonly Func<string, string> _familyOf;

    public AntecedentIndex(DocumentDraft draft, Func<string, string> familyOf)
    {
        _familyOf = familyOf;
        foreach (var mention in draft.Mentions)
        {
            Add(mention);
        }
    }

    public bool IsEmpty => _byFamily.Count == 0;

    public bool HasFamily(string family) => _byFamily.ContainsKey(family);

    /// <summary>Files the mention if it is an official with a full canonical name.</summary>
    public void Add(Mention mention)
    {
        if (mention.Type != MentionType.Official || mention.Canonical is null || !mention.Canonical.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        var family = _familyOf(mention.Canonical);
        if (!_byFamily.TryGetValue(family, out var list))
        {
            _byFamily[family] = list = [];
        }

        var at = OffsetSearch.LowerBound(list, mention.Start + 1, e => e.Start);
        list.Insert(at, (mention.Start, mention.Canonical));
    }

    public string? Resolve(string family, int offset)
    {
        if (!_byFamily.TryGetValue(family, out var list))
        {
            return null;
        }

        var firstAtOrAfter = OffsetSearch.LowerBound(list, offset, e => e.Start);
        var counts = new Dictionary<string, (int Count, int Last)>(StringComparer.Ordinal);
        for (var i = firstAtOrAfter - 1; i >= 0 && list[i].Start >= offset - Window; i--)
        {
            var (start, canonical) = list[i];
            counts[canonical] = counts.TryGetValue(canonical, out var c) ? (c.Count + 1, c.Last) : (1, start);
        }

        if (counts.Count > 0)
        {
            return counts.OrderByDescending(c => c.Value.Count).ThenByDescending(c => c.Value.Last).First().Key;
        }

        for (var i = firstAtOrAfter; i < list.Count; i++)
        {
            if (list[i].Start > offset)
            {
                return list[i].Canonical;
            }
        }

        return null;
    }
}
