using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;
using Attache.Text;

namespace Attache.Linking;

/// <summary>
/// Links a person named with a short or familiar given name to the full name the article also uses:
/// <c>Dan Cloyd</c> is the <c>Daniel Cloyd</c> named later (or earlier), <c>Bill Harwick</c> is
/// <c>William Harwick</c>. A short form is a proper prefix of the full given name (three letters or
/// more) or a familiar form listed in <c>given-name-forms.tsv</c>. Only two-word short forms, only the
/// same family name, never an East Asian family name read as a prefix (<c>Kim Jong</c>), and only when one full name fits: two candidates leave the short form alone.
/// </summary>
internal sealed class GivenNameForms(LanguageProfile language)
{
    /// <summary>A shorter prefix (<c>Da</c>) is an initial-like fragment, not a given name.</summary>
    private const int MinPrefixLength = 3;

    private static readonly Dictionary<string, string[]> Familiar = WordLists.ReadRows("given-name-forms.tsv", LinkingResources.Prefix)
        .ToDictionary(row => row[0], row => row[1].Split('|'), StringComparer.Ordinal);

    private readonly NameShapes _names = new(language);

    public void Link(DocumentDraft draft)
    {
        var people = new List<(int Index, string[] Words, string Name)>();

        // the words of each distinct text once (null: not a name of two name words or more), shared by its mentions
        var wordsOf = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type is MentionType.Official or MentionType.Person)
            {
                if (!wordsOf.TryGetValue(mention.Text, out var words))
                {
                    words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    wordsOf[mention.Text] = words = words.Length >= 2 && words.All(_names.IsNameWord) ? words : null;
                }

                if (words is not null)
                {
                    people.Add((i, words, mention.Canonical ?? mention.Text));
                }
            }
        }

        // distinct names only, so an article repeating two names thousands of times costs no more than naming them once
        foreach (var family in people.GroupBy(p => p.Words[^1], StringComparer.Ordinal))
        {
            var names = family.DistinctBy(p => p.Name, StringComparer.Ordinal).ToList();
            if (names.Count < 2)
            {
                continue;
            }

            var targets = new Dictionary<string, (string Name, MentionType Type)>(StringComparer.Ordinal);
            foreach (var (_, words, name) in names.Where(p => p.Words.Length == 2))
            {
                var full = names.Where(p => p.Name != name && StandsFor(words[0], p.Words[0])).Take(2).ToList();
                if (full.Count == 1)
                {
                    targets[name] = (full[0].Name, draft.Mentions[full[0].Index].Type);
                }
            }

            // a name the knowledge base matched keeps its canonical name
            foreach (var (index, words, name) in family)
            {
                if (words.Length == 2 && draft.Mentions[index].Source != MentionSource.Lexicon && targets.TryGetValue(name, out var target))
                {
                    draft.Mentions[index] = draft.Mentions[index] with { Canonical = target.Name, Type = target.Type };
                }
            }
        }
    }

    /// <summary>Whether the given name <paramref name="given"/> is a short or familiar form of <paramref name="fullGiven"/>.</summary>
    internal bool StandsFor(string given, string fullGiven) =>
        given.Length < fullGiven.Length
        && ((given.Length >= MinPrefixLength && !language.KoreanFamilyNames.Contains(given) && !language.ChineseFamilyNames.Contains(given) && fullGiven.StartsWith(given, StringComparison.Ordinal))
            || (Familiar.TryGetValue(given, out var full) && full.Contains(fullGiven, StringComparer.Ordinal)));
}
