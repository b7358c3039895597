using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Rules;

/// <summary>
/// Grows title lexicon hits into the title phrases news writes: a tail of <c>of (the) BODY</c>
/// (<c>director of the general political bureau of the North Korean People's Army</c>) and a
/// preceding department (<c>international department director</c>).
/// </summary>
internal static class TitleGrammar
{
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "committee", "department", "bureau", "commission", "party", "ministry", "council", "army", "assembly", "office",
        "agency", "government", "administration", "division", "presidium", "politburo", "secretariat", "congress",
        "conference", "forces", "command", "staff", "navy", "corps", "guard", "service", "directorate", "institute",
        "league", "union", "federation", "association", "front", "cabinet", "parliament", "court", "bank", "embassy",
        "mission", "delegation", "province", "city", "county", "republic", "state", "kingdom", "nations",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "said", "says", "in", "at", "on", "from", "with", "to", "who", "which", "that", "and", "or", "for", "as", "by", "was",
        "is", "has", "had", "will", "would", "its", "his", "her", "their", "a", "an", "the", "met", "visited", "told",
    };

    private static readonly HashSet<string> RankPrefixes = new(StringComparer.OrdinalIgnoreCase) { "vice", "deputy", "first", "acting", "executive" };

    public static List<TitleSpan> Find(IReadOnlyList<Token> tokens, int from, int to, IEnumerable<LexiconHit> titleHits, KnowledgeBase knowledge, IReadOnlyList<(int Start, int End)> organizations)
    {
        var chosen = new List<TitleSpan>();
        foreach (var hit in titleHits.OrderByDescending(h => h.EndToken - h.StartToken).ThenBy(h => h.StartToken))
        {
            if (chosen.Any(c => c.Start < hit.EndToken && hit.StartToken < c.End))
            {
                continue;
            }

            var record = knowledge.Titles[hit.Entry.Index];
            var start = ExtendLeft(tokens, from, hit.StartToken);
            var end = ExtendRight(tokens, hit.EndToken, to, organizations);
            if (chosen.Any(c => c.Start < end && start < c.End))
            {
                start = hit.StartToken;
                end = hit.EndToken;
            }

            chosen.Add(new TitleSpan(start, end, record.IsRank, record.IsNonOfficial));
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static int ExtendLeft(IReadOnlyList<Token> tokens, int from, int start)
    {
        // rank words that make a new title of any title: (first) vice chairman, deputy director
        for (var k = 0; k < 2 && start - 1 >= from && RankPrefixes.Contains(tokens[start - 1].Text); k++)
        {
            start--;
        }

        if (start - 1 < from || !BodyNouns.Contains(tokens[start - 1].Text))
        {
            return start;
        }

        var left = start - 1;
        var modifiers = 0;
        while (left - 1 >= from && modifiers < 3 && IsModifier(tokens[left - 1].Text))
        {
            left--;
            modifiers++;
        }

        return left;
    }

    private static bool IsModifier(string word) =>
        word.Length > 2 && char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || c == '-')
        && word is not ("the" or "The" or "and" or "of" or "a" or "an" or "its" or "his" or "her" or "their")
        && !NameShapes.IsEastAsianFamily(word);

    private static int ExtendRight(IReadOnlyList<Token> tokens, int end, int to, IReadOnlyList<(int Start, int End)> organizations)
    {
        while (end + 1 < to && tokens[end].Text == "of")
        {
            var body = end + 1;
            if (body < to && tokens[body].Text is "the" or "The")
            {
                body++;
            }

            var organization = organizations.FirstOrDefault(o => o.Start == body);
            int bodyEnd;
            if (organization != default)
            {
                bodyEnd = organization.End;
            }
            else
            {
                bodyEnd = BodyPhraseEnd(tokens, body, to);
                if (bodyEnd <= body)
                {
                    break;
                }
            }

            end = bodyEnd;
        }

        return end;
    }

    /// <summary>End of a body phrase such as <c>general political bureau</c> or <c>Chinese Communist Party</c>, or <paramref name="start"/>.</summary>
    private static int BodyPhraseEnd(IReadOnlyList<Token> tokens, int start, int to)
    {
        var best = start;
        var sawLowercase = false;
        for (var i = start; i < to && i < start + 8; i++)
        {
            var word = tokens[i].Text;
            if (word == "of")
            {
                break;
            }

            if (char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c == '-'))
            {
                if (sawLowercase)
                {
                    break;
                }

                best = i + 1;
                continue;
            }

            if (i > start && word is "'s" or "'" or "-")
            {
                continue;
            }

            if (char.IsLower(word[0]) && word.All(char.IsLetter) && !StopWords.Contains(word))
            {
                sawLowercase = true;
                if (BodyNouns.Contains(word))
                {
                    best = i + 1;
                }

                continue;
            }

            break;
        }

        return best;
    }
}
