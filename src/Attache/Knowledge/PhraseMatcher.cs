using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>
/// One multi-pattern matcher over tokens for every lexicon: a trie of lower-cased parts, where a
/// hyphenated token counts as its parts, so <c>Choe Ryong-hae</c> and <c>Choe Ryong Hae</c> meet the
/// same entry. Capitalised parts of names must be capitalised in the text (<c>US</c> is not
/// <c>us</c>). Names may differ by one character in a part (<c>Kin Jung Un</c>, <c>Bejing</c>) under
/// limits that keep ordinary words out. Immutable once built; safe to share between threads.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxEditsShortPhrase = 1;
    private const int MaxEditsLongPhrase = 2;
    private const int MinFuzzySingleLength = 6;
    private const int MinFuzzyPartLength = 3;

    /// <summary>Names of this many parts or more may carry two typos, and a typo in a word other names use.</summary>
    private const int MinLongPhraseParts = 3;

    private static readonly System.Buffers.SearchValues<char> PlainWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ");

    private readonly Node _root = new();
    /// <summary>Name parts open to typos, in the order they were added (the deletion index keeps that order).</summary>
    private readonly List<string> _fuzzyParts = [];

    /// <summary>The longest phrase part: a word longer by two or more is within one edit of none, so it is not looked up.</summary>
    private int _longestPart;
    private readonly HashSet<string> _fuzzySeen = new(StringComparer.Ordinal);

    /// <summary>The one-letter deletions of the fuzzy parts, built by <see cref="Seal"/>.</summary>
    private DeletionIndex? _deletions;
    private readonly HashSet<string> _knownParts = new(StringComparer.Ordinal);

    /// <summary>
    /// Fuzzy candidates by word: the same capitalised words recur across articles, and generating their
    /// deletion neighbourhood was the matcher's main cost. Bounded, so an endless stream of new words cannot grow it.
    /// </summary>
    private readonly BoundedCache<string[]> _similar = new(MaxCachedWords);

    private const int MaxCachedWords = 200_000;

    public int Count { get; private set; }

    /// <summary>Adds a phrase by its match parts (<see cref="Split"/>).</summary>
    public void Add(string[] parts, LexiconKind kind, int index, bool caseSensitive, bool fuzzy)
    {
        if (parts.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var part in parts)
        {
            var key = Key(part);
            _knownParts.Add(key);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }

            node = child;
            _longestPart = Math.Max(_longestPart, key.Length);
            if (fuzzy && key.Length >= MinFuzzyPartLength && _fuzzySeen.Add(key))
            {
                _fuzzyParts.Add(key);
            }
        }

        var entry = new LexiconEntry(kind, index, parts, caseSensitive, fuzzy);
        node.Entries ??= [];
        if (!node.Entries.Any(e => e.Kind == kind && e.Index == index && e.Parts.SequenceEqual(parts, StringComparer.Ordinal)))
        {
            node.Entries.Add(entry);
            Count++;
        }
    }

    /// <summary>Ends the adding of phrases and builds the typo index.</summary>
    public void Seal() => _deletions = new DeletionIndex(_fuzzyParts);

    /// <summary>Every lexicon phrase over tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="from">The first token.</param>
    /// <param name="to">The token after the last.</param>
    /// <param name="lower">The tokens' texts in lower case, when the caller has them already.</param>
    public List<LexiconHit> Match(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<string>? lower = null)
    {
        var parts = new List<Part>(to - from + 4);
        for (var t = from; t < to; t++)
        {
            var text = tokens[t].Text;
            if (!text.Contains('-', StringComparison.Ordinal))
            {
                parts.Add(new Part(text, lower is not null && !NeedsFolding(lower[t]) ? lower[t] : Key(text), t, true, true));
                continue;
            }

            var pieces = SplitToken(text);
            for (var k = 0; k < pieces.Length; k++)
            {
                parts.Add(new Part(pieces[k], Key(pieces[k]), t, k == 0, k == pieces.Length - 1));
            }
        }

        var hits = new List<LexiconHit>();
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].TokenStart && _root.Children is not null)
            {
                Walk(_root, parts, p, p, 0, 0, hits, hits.Count);
            }
        }

        return hits;
    }

    private void Walk(Node node, List<Part> parts, int start, int at, int edits, int exact, List<LexiconHit> hits, int firstOfStart)
    {
        if (at >= parts.Count || node.Children is null)
        {
            return;
        }

        var part = parts[at];
        if (node.Children.TryGetValue(part.Key, out var next))
        {
            Visit(next, parts, start, at, edits, exact + 1, hits, firstOfStart);
        }

        if (edits >= MaxEditsLongPhrase || !char.IsUpper(part.Text[0]) || part.Key.Length < MinFuzzyPartLength || part.Key.Length > _longestPart + 1)
        {
            return;
        }

        foreach (var candidate in CachedSimilar(part.Key))
        {
            if (node.Children.TryGetValue(candidate, out var fuzzy))
            {
                Visit(fuzzy, parts, start, at, edits + 1, exact, hits, firstOfStart);
            }
        }
    }

    private void Visit(Node node, List<Part> parts, int start, int at, int edits, int exact, List<LexiconHit> hits, int firstOfStart)
    {
        var part = parts[at];
        if (part.TokenEnd && node.Entries is not null)
        {
            var length = at - start + 1;
            foreach (var entry in node.Entries)
            {
                if (edits > 0 && !FuzzyAllowed(entry, parts, start, length, edits, exact))
                {
                    continue;
                }

                if ((!entry.CaseSensitive || CaseFits(entry.Parts, parts, start))
                    && !Found(hits, firstOfStart, part.Token + 1, entry))
                {
                    hits.Add(new LexiconHit(parts[start].Token, part.Token + 1, entry, edits));
                }
            }
        }

        Walk(node, parts, start, at + 1, edits, exact, hits, firstOfStart);
    }

    /// <summary>Whether the walk from this start already found the entry ending there (exactly and by a typo, say).</summary>
    private static bool Found(List<LexiconHit> hits, int firstOfStart, int end, LexiconEntry entry)
    {
        for (var i = firstOfStart; i < hits.Count; i++)
        {
            if (hits[i].EndToken == end && hits[i].Entry.Kind == entry.Kind && hits[i].Entry.Index == entry.Index)
            {
                return true;
            }
        }

        return false;
    }

    private bool FuzzyAllowed(LexiconEntry entry, List<Part> parts, int start, int length, int edits, int exact)
    {
        if (!entry.Fuzzy)
        {
            return false;
        }

        if (length == 1)
        {
            var text = parts[start].Key;
            var target = Key(entry.Parts[0]);
            return edits <= MaxEditsShortPhrase && text.Length >= MinFuzzySingleLength && !_knownParts.Contains(text)
                && !text.StartsWith(target, StringComparison.Ordinal) && !target.StartsWith(text, StringComparison.Ordinal)
                && start > 0;
        }

        for (var i = 0; i < length; i++)
        {
            var text = parts[start + i].Key;
            var target = Key(entry.Parts[i]);
            if (text != target && (text.StartsWith(target, StringComparison.Ordinal) || target.StartsWith(text, StringComparison.Ordinal)))
            {
                return false;
            }

        }

        return exact >= 1 && edits <= (length >= MinLongPhraseParts ? MaxEditsLongPhrase : MaxEditsShortPhrase);
    }

    /// <summary>
    /// Whether a typo hit names who it seems to: a name word of one or two letters is never a typo's
    /// target (<c>Kim Jong Sun</c> is not <c>Kim Jong Un</c>), and in a two-word name a word that is itself
    /// part of a known name is no typo (<c>Kim Jong</c> is not <c>Kim Song</c>). Checked where hits become
    /// mentions, not in <see cref="Match"/>, whose hits the trained models' features are made of.
    /// </summary>
    public bool IsLikelyTypo(LexiconHit hit, IReadOnlyList<Token> tokens)
    {
        if (hit.Edits == 0)
        {
            return true;
        }

        var parts = new List<string>();
        for (var t = hit.StartToken; t < hit.EndToken; t++)
        {
            parts.AddRange(SplitToken(tokens[t].Text).Select(Key));
        }

        if (parts.Count != hit.Entry.Parts.Length)
        {
            return true;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var target = Key(hit.Entry.Parts[i]);
            if (parts[i] != target && (target.Length < MinFuzzyPartLength || (parts.Count < MinLongPhraseParts && _knownParts.Contains(parts[i]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the part is written in capitals only (<c>DPRK</c>, <c>U.S.</c>), which the text must then match exactly.</summary>
    private static bool IsAcronym(string part)
    {
        var letters = false;
        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }

    private static bool CaseFits(string[] entryParts, List<Part> parts, int start)
    {
        for (var i = 0; i < entryParts.Length; i++)
        {
            var expected = entryParts[i];
            var actual = parts[start + i].Text;
            if (expected.Length > 1 && IsAcronym(expected))
            {
                if (!string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else if (char.IsUpper(expected[0]) && !char.IsUpper(actual[0]))
            {
                return false;
            }
        }

        return true;
    }

    private string[] CachedSimilar(string key) => _similar.GetOrAdd(key, static (k, matcher) => matcher.Similar(k).ToArray(), this);

    private IEnumerable<string> Similar(string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = _deletions ?? throw new InvalidOperationException("the matcher is not sealed");
        foreach (var k in index.WordsDeletingTo(key))
        {
            if (seen.Add(k))
            {
                yield return k;
            }
        }

        foreach (var deletion in Deletions(key))
        {
            if (_knownParts.Contains(deletion) && seen.Add(deletion))
            {
                yield return deletion;
            }

            foreach (var k in index.WordsDeletingTo(deletion))
            {
                if (k != key && seen.Add(k) && IsSubstitutionOrTransposition(key, k))
                {
                    yield return k;
                }
            }
        }
    }

    private static bool IsSubstitutionOrTransposition(string a, string b)
    {
        var diffs = new List<int>(3);
        for (var i = 0; i < a.Length && diffs.Count < 3; i++)
        {
            if (a[i] != b[i])
            {
                diffs.Add(i);
            }
        }

        return diffs.Count == 1 || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }

    /// <summary>The match parts of a phrase or token: its words, with hyphenated words split at the hyphens.</summary>
    public static string[] Split(string phrase)
    {
        // Most phrases are plain words (Pyongyang, Choe Ryong Hae, foreign minister): those split on their
        // single spaces, exactly as the tokenizer would split them, without running it.
        if (IsPlainWords(phrase))
        {
            return phrase.Split(' ');
        }

        return SplitByTokenizer(phrase);
    }

    /// <summary>Whether the phrase is ASCII letters in words parted by single spaces.</summary>
    internal static bool IsPlainWords(string phrase) =>
        phrase.Length > 0 && phrase[0] != ' ' && phrase[^1] != ' ' && !phrase.Contains("  ", StringComparison.Ordinal)
        && phrase.AsSpan().IndexOfAnyExcept(PlainWordChars) < 0;

    internal static string[] SplitByTokenizer(string phrase)
    {
        var result = new List<string>();
        foreach (var token in Text.WordTokenizer.Tokenize(phrase))
        {
            result.AddRange(SplitToken(phrase[token.Start..token.End]));
        }

        return [.. result];
    }

    /// <summary>
    /// A token's parts: its hyphen-separated pieces (<c>Ryong-hae</c>: <c>Ryong</c>, <c>hae</c>), or the
    /// token itself. Never re-tokenised, so a lone <c>'s</c> stays one part as in a phrase.
    /// </summary>
    public static string[] SplitToken(string word) =>
        word.Length > 2 && word.Contains('-', StringComparison.Ordinal) && word[0] != '-' && word[^1] != '-'
            ? word.Split('-', StringSplitOptions.RemoveEmptyEntries)
            : [word];

    /// <summary>
    /// The part's match key: lower case, with romanisation marks folded away, so McCune-Reischauer
    /// spellings meet the plain ones (<c>Ch'oe</c>, <c>Chŏn</c> and <c>Cho'n</c> are <c>choe</c>, <c>chon</c>
    /// and <c>chon</c>): a romanisation apostrophe between letters is dropped and an accented Latin letter is its base letter.
    /// </summary>
    public static string Key(string part)
    {
        var lower = part.ToLowerInvariant();
        return NeedsFolding(lower) ? Fold(lower) : lower;
    }

    /// <summary>Whether <see cref="Key"/> of a lower-case word differs from the word.</summary>
    internal static bool NeedsFolding(string lower) =>
        lower.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') >= 0 || InnerApostrophe(lower, 0) >= 0;

    private static string Fold(string lower)
    {
        var builder = new System.Text.StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c == '\'' && IsInner(lower, i))
            {
                continue;
            }

            builder.Append(IsAccentedLatin(c) ? BaseLetter(c) : c);
        }

        return builder.ToString();
    }

    private static int InnerApostrophe(string word, int from)
    {
        for (var i = word.IndexOf('\'', from); i >= 0; i = word.IndexOf('\'', i + 1))
        {
            if (IsInner(word, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Letters a McCune-Reischauer apostrophe follows: the aspirates <c>ch' k' p' t'</c> and the vowels it marks
    /// in place of a breve (<c>o'</c>, <c>u'</c>). Pinyin's syllable apostrophe (<c>Xi'an</c>, <c>Ji'an</c>,
    /// <c>Chang'an</c>) follows other letters and stays, so <c>Ji'an</c> is not the given name <c>Jian</c>.
    /// </summary>
    private const string RomanisationMarked = "hkptou";

    private static bool IsInner(string word, int i) =>
        i > 0 && i + 1 < word.Length && RomanisationMarked.Contains(char.ToLowerInvariant(word[i - 1])) && char.IsLetter(word[i + 1]);

    /// <summary>Latin-1 Supplement to Latin Extended-B and Latin Extended Additional: the letters romanisations accent.</summary>
    private static bool IsAccentedLatin(char c) => c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');

    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0]) ? decomposed[0] : c;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<LexiconEntry>? Entries;
    }

    private readonly record struct Part(string Text, string Key, int Token, bool TokenStart, bool TokenEnd);
}
