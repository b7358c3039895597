using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Linking;

/// <summary>
/// Place disambiguation by a kind noun after the name (<c>place-kind-nouns.tsv</c>): <c>Amur region</c> is
/// Amur Oblast, not the Amur River its bare name links to; <c>Jilin province</c> is the province, not the
/// city. A place is found by its name or by its name without a kind word (<c>Amur Oblast</c> is
/// <c>Amur</c>); where no place of the name has a fitting kind, the mention stays unlinked rather than
/// wrongly linked. Countries are left alone (<c>China state media</c>).
/// </summary>
internal sealed class PlaceKinds
{
    private static readonly Dictionary<string, string[]> KindsByNoun = WordLists.ReadRows("place-kind-nouns.tsv", LinkingResources.Prefix)
        .ToDictionary(row => row[0], row => row[1].Split('|'), StringComparer.OrdinalIgnoreCase);

    private readonly KnowledgeBase _knowledge;

    /// <summary>Place indexes by name and by name without a trailing kind noun, lower-cased.</summary>
    private readonly Dictionary<string, List<int>> _byBaseName = new(StringComparer.Ordinal);

    /// <summary>The kinds of the places of each canonical name (two places may share one).</summary>
    private readonly Dictionary<string, HashSet<string>> _kindsByCanonical = new(StringComparer.Ordinal);

    public PlaceKinds(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        for (var i = 0; i < knowledge.Places.Count; i++)
        {
            var place = knowledge.Places[i];
            if (!_kindsByCanonical.TryGetValue(place.Canonical, out var placeKinds))
            {
                _kindsByCanonical[place.Canonical] = placeKinds = new HashSet<string>(StringComparer.Ordinal);
            }

            placeKinds.Add(place.Kind);
            foreach (var form in place.Aliases.Prepend(place.Canonical))
            {
                Index(form, i);
                var space = form.LastIndexOf(' ');
                if (space > 0 && KindsByNoun.ContainsKey(form[(space + 1)..]))
                {
                    Index(form[..space], i);
                }
            }
        }
    }

    public void Link(DocumentDraft draft)
    {
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type != MentionType.Place || mention.CountryCode is not null || KindNounAfter(draft, mention) is not { } kinds)
            {
                continue;
            }

            if (mention.Canonical is { } canonical && _kindsByCanonical.TryGetValue(canonical, out var linked) && linked.Overlaps(kinds))
            {
                continue;
            }

            var fitting = _byBaseName.TryGetValue(mention.Text.ToLowerInvariant(), out var indexes)
                ? indexes.Select(p => _knowledge.Places[p]).Where(p => kinds.Contains(p.Kind)).Select(p => p.Canonical).Distinct(StringComparer.Ordinal).ToList()
                : [];
            // unlinked: the name as written, as for any place the gazetteer lacks (a mention no lexicon named keeps none)
            draft.Mentions[i] = mention with { Canonical = fitting.Count == 1 ? fitting[0] : mention.Canonical is null ? null : mention.Text };
        }
    }

    private static string[]? KindNounAfter(DocumentDraft draft, Mention mention)
    {
        var next = OffsetSearch.LowerBound(draft.Tokens, mention.End, t => t.Start);
        return next < draft.Tokens.Count && KindsByNoun.TryGetValue(draft.Tokens[next].Text, out var kinds) ? kinds : null;
    }

    private void Index(string form, int place)
    {
        var key = form.ToLowerInvariant();
        if (!_byBaseName.TryGetValue(key, out var list))
        {
            _byBaseName[key] = list = [];
        }

        if (!list.Contains(place))
        {
            list.Add(place);
        }
    }
}
