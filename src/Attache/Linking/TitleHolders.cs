using Attache.Knowledge;
using Attache.Text;

namespace Attache.Linking;

/// <summary>
/// The knowledge-base official a short reference stands for on a date: the one of that family (and
/// country, where the text gives it) who held the reference's title then (<c>Premier Li</c> in 2016 is
/// Li Keqiang), or, for a bare family name or a leader word (<c>Mr. Kim</c>, <c>leader Kim</c>), the one
/// holding the highest leader office then. Titles fold by <c>title-synonyms.tsv</c>; leader offices and
/// their rank come from <c>leader-roles.txt</c>, leader words from the language profile (<c>leader-words.txt</c>). Two or more
/// candidates give no answer: a guess between namesakes is worse than no link. Without a date (no publication date and
/// none in the text), a role held at any time counts, so only a family with one such holder ever links
/// (<c>President Trump</c>), and a leader word needs the one leader of that family.
/// </summary>
internal sealed class TitleHolders(KnowledgeBase knowledge, LanguageProfile language)
{
    private static readonly Dictionary<string, string> Synonyms = ReadSynonyms();

    private static readonly Dictionary<string, int> LeaderRanks = WordLists.ReadLines("leader-roles.txt", LinkingResources.Prefix)
        .Select((role, rank) => (Key: Key(role), rank))
        .ToDictionary(x => x.Key, x => x.rank, StringComparer.Ordinal);

    /// <summary>Titles that name a country's leader and no office (<c>leader</c>, <c>Chairman</c>).</summary>
    private readonly IReadOnlySet<string> _leaderWords = language.LeaderWords;

    /// <summary>The canonical name, or null when nobody or more than one official fits.</summary>
    /// <param name="family">The family name as written.</param>
    /// <param name="title">The reference's title as written, if it has one.</param>
    /// <param name="country">The ISO 3166-1 alpha-3 code the text gives the title (<c>Chinese Premier</c>), if any.</param>
    /// <param name="date">The article's date, or null when it is unknown.</param>
    public string? Holder(string family, string? title, string? country, DateOnly? date)
    {
        var candidates = knowledge.WithFamily(family).Where(o => country is null || o.Country == country).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (title is null || _leaderWords.Contains(title))
        {
            return Leader(candidates, date);
        }

        var key = Key(title);
        var exact = Single(candidates.Where(o => o.Roles.Any(r => HeldOn(r, date) && Key(r.Title) == key)), out var ambiguous);
        if (exact is not null || ambiguous || !key.Contains(' ', StringComparison.Ordinal))
        {
            return exact;
        }

        // a title of two or more words may stand for a longer office ("General Secretary" of the party);
        // one word may not: "President" is not the President of the Presidium
        var prefix = key + " of ";
        return Single(candidates.Where(o => o.Roles.Any(r => HeldOn(r, date) && Key(r.Title).StartsWith(prefix, StringComparison.Ordinal))), out _);
    }

    private static string? Leader(List<OfficialRecord> candidates, DateOnly? date)
    {
        var ranked = candidates
            .Select(o => (o.Name, Rank: o.Roles.Where(r => HeldOn(r, date)).Select(r => LeaderRanks.TryGetValue(Key(r.Title), out var rank) ? rank : int.MaxValue).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(c => c.Rank != int.MaxValue)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        // undated, ranks of different times do not compare: a later leader is no better a guess than an earlier one
        var best = ranked.Min(c => c.Rank);
        return Single(ranked.Where(c => date is null || c.Rank == best).Select(c => c.Name), out _);
    }

    private static bool HeldOn(RoleRecord role, DateOnly? date) => date is not { } day || role.HeldOn(day);

    private static string? Single(IEnumerable<OfficialRecord> officials, out bool ambiguous) => Single(officials.Select(o => o.Name), out ambiguous);

    private static string? Single(IEnumerable<string> names, out bool ambiguous)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).Take(2).ToList();
        ambiguous = distinct.Count > 1;
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>The title folded for comparison: lower case, single spaces, one spelling per office.</summary>
    internal static string Key(string title)
    {
        var folded = string.Join(' ', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Synonyms.TryGetValue(folded, out var key) ? key : folded;
    }

    private static Dictionary<string, string> ReadSynonyms()
    {
        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in WordLists.ReadRows("title-synonyms.tsv", LinkingResources.Prefix))
        {
            var key = row[0].ToLowerInvariant();
            foreach (var spelling in row)
            {
                synonyms[spelling.ToLowerInvariant()] = key;
            }
        }

        return synonyms;
    }
}
