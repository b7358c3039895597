using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Linking;

/// <summary>
/// Links a misspelt name of three or more words to the knowledge-base official it misspells
/// (<c>Kim John Un</c> is Kim Jong Un): every word but one equal to a form of the official's name, the
/// other one or two edits away (two only in words of four letters or more that start alike, so
/// <c>Young-chan</c> is not <c>Young-kwan</c>; never in a word of one or two letters, so <c>Sun</c> is not <c>Un</c>), and no other official as close. Two-word names are the lexicon's business: its typo
/// limits already hold there, and a second namesake is too likely.
/// </summary>
internal static class TypoNames
{
    private const int MinParts = 3;

    /// <summary>A word shorter than this (<c>Un</c>, <c>Il</c>) must match exactly: one letter makes another name.</summary>
    private const int MinEditableLength = 3;

    /// <summary>Words this long may differ by two edits (<c>John</c> for <c>Jong</c>).</summary>
    private const int MinTwoEditLength = 4;

    private const int MaxEdits = 2;

    /// <summary>
    /// Two edits need the word's first letters right: a slip keeps the start of a word (<c>John</c>, <c>Jong</c>),
    /// another given name rarely does (<c>Young-chan</c> is not <c>Young-kwan</c>).
    /// </summary>
    private const int TwoEditSharedPrefix = 2;

    public static void Link(DocumentDraft draft, KnowledgeBase knowledge)
    {
        // one look-up per distinct name: an article repeats its names
        var closest = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type is not (MentionType.Official or MentionType.Person) || mention.Source == MentionSource.Lexicon
                || (mention.Canonical is { } canonical && canonical != mention.Text) || knowledge.OfficialsByName.ContainsKey(mention.Text))
            {
                continue;
            }

            if (!closest.TryGetValue(mention.Text, out var official))
            {
                var parts = PhraseMatcher.Split(mention.Text);
                closest[mention.Text] = official = parts.Length >= MinParts ? Closest(parts, knowledge) : null;
            }

            if (official is not null)
            {
                draft.Mentions[i] = mention with { Type = MentionType.Official, Canonical = official };
            }
        }
    }

    private static string? Closest(string[] parts, KnowledgeBase knowledge)
    {
        var keys = parts.Select(PhraseMatcher.Key).ToArray();
        var best = int.MaxValue;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var official in knowledge.WithFamily(parts[0]).Concat(knowledge.WithFamily(parts[^1])))
        {
            foreach (var form in official.Aliases.Prepend(official.Name))
            {
                if (Distance(keys, PhraseMatcher.Split(form).Select(PhraseMatcher.Key).ToArray()) is { } edits && edits <= best)
                {
                    if (edits < best)
                    {
                        found.Clear();
                        best = edits;
                    }

                    found.Add(official.Name);
                }
            }
        }

        return found.Count == 1 ? found.Single() : null;
    }

    /// <summary>The edits between two names differing in exactly one word, within that word's limit; otherwise null.</summary>
    private static int? Distance(string[] text, string[] name)
    {
        if (text.Length != name.Length)
        {
            return null;
        }

        int? edits = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == name[i])
            {
                continue;
            }

            var shorter = Math.Min(text[i].Length, name[i].Length);
            if (edits is not null || shorter < MinEditableLength)
            {
                return null;
            }

            var distance = Levenshtein(text[i], name[i]);
            var allowed = shorter >= MinTwoEditLength && SharedPrefix(text[i], name[i]) >= TwoEditSharedPrefix ? MaxEdits : 1;
            edits = distance <= allowed ? distance : null;
            if (edits is null)
            {
                return null;
            }
        }

        return edits;
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
