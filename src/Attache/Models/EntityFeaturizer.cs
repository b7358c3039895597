using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;
using Attache.Text;

namespace Attache.Models;

/// <summary>
/// The entity tagger's features of each token of a sentence, as hashed indexes. Of the word alone
/// (<see cref="WordFeatures"/> groups): the word, its shape, prefixes and suffixes, Korean/Chinese
/// family-name and knowledge-base family-name cues, and the byte-pair pieces of name words
/// (<see cref="SubwordPieces"/>); the words at -2..2 and the shapes and family cue of the words at -1 and
/// +1. Of the context: bigrams, sentence start, lexicon and knowledge-base hits over the token and its
/// neighbours (with their BIO position), title-before and title-after cues, and the position in a run of
/// name words. Reads only what the lexicon stage found, so the model learns independently of the rules
/// it is combined with.
/// </summary>
internal sealed class EntityFeaturizer(KnowledgeBase knowledge, LanguageProfile language) : WordFeatures
{
    private readonly NameShapes _names = new(language);

    private const int Self = 0;
    private const int Left2 = 1;
    private const int Left1 = 2;
    private const int Right1 = 3;
    private const int Right2 = 4;

    private static readonly int[] GroupOffsets = [0, -2, -1, 1, 2];
    private static readonly string[] PrefixNames = ["p1", "p2", "p3"];
    private static readonly string[] SuffixNames = ["s1", "s2", "s3"];
    private static readonly int First = FeatureHasher.Hash("first", string.Empty);
    private static readonly int TitleBefore = FeatureHasher.Hash("titleBefore", string.Empty);

    /// <summary>A capitalised word of a Title Case headline, where the capital says less about a name.</summary>
    private static readonly int TitleCaseCapital = FeatureHasher.Hash("tcCap", string.Empty);
    private static readonly int TitleAfterComma = FeatureHasher.Hash("titleAfterComma", string.Empty);

    /// <summary>The tagger's features, for the model card; <c>FeatureCatalogTests</c> holds the names to those hashed below.</summary>
    internal static IReadOnlyList<FeatureGroup> Features { get; } =
    [
        new("word (lower case and as written)", "w", "W"),
        new("shape", "sh"),
        new("prefixes/suffixes 1-3", "p1", "p2", "p3", "s1", "s2", "s3"),
        new("words +-2", "w-2", "w-1", "w+1", "w+2"),
        new("shapes +-1", "sh-1", "sh+1"),
        new("bigrams", "bi-", "bi+"),
        new("sentence start", "first"),
        new("lexicon and knowledge-base hits (BIO, fuzzy) at 0 and +-1", "lex", "lex-1", "lex+1"),
        new("title before / title after comma", "titleBefore", "titleAfterComma"),
        new("position in a run of name words", "run", "runEnd"),
        new("Korean/Chinese family name at 0 and -1", "family", "family-1"),
        new("knowledge-base family name", "kbFamily"),
        new("name word", "nameWord"),
        new("byte-pair pieces of name words", "bpe<", "bpe", "bpe>"),
        new("capital in a Title Case headline", "tcCap"),
    ];

    public override int[] Offsets => GroupOffsets;

    public override void Add(string word, int group, List<int> into)
    {
        var sentinel = word is Start or End;
        var lower = word.ToLowerInvariant();
        switch (group)
        {
            case Self:
                into.Add(FeatureHasher.Hash("w", lower));
                into.Add(FeatureHasher.Hash("W", word));
                into.Add(FeatureHasher.Hash("sh", Shape(word)));
                for (var k = 1; k <= 3 && k <= lower.Length; k++)
                {
                    into.Add(FeatureHasher.Hash(PrefixNames[k - 1], lower.AsSpan(0, k)));
                    into.Add(FeatureHasher.Hash(SuffixNames[k - 1], lower.AsSpan(lower.Length - k)));
                }

                if (_names.IsEastAsianFamily(word))
                {
                    into.Add(FeatureHasher.Hash("family", string.Empty));
                }

                if (knowledge.OfficialsByFamily.ContainsKey(word))
                {
                    into.Add(FeatureHasher.Hash("kbFamily", string.Empty));
                }

                if (_names.IsNameWord(word))
                {
                    into.Add(FeatureHasher.Hash("nameWord", string.Empty));
                    var pieces = SubwordPieces.Of(word);
                    for (var k = 0; k < pieces.Length; k++)
                    {
                        into.Add(FeatureHasher.Hash(k == 0 ? "bpe<" : k == pieces.Length - 1 ? "bpe>" : "bpe", pieces[k]));
                    }
                }

                break;
            case Left2:
                into.Add(FeatureHasher.Hash("w-2", lower));
                break;
            case Left1:
                into.Add(FeatureHasher.Hash("w-1", lower));
                into.Add(FeatureHasher.Hash("sh-1", sentinel ? word : Shape(word)));
                if (_names.IsEastAsianFamily(word))
                {
                    into.Add(FeatureHasher.Hash("family-1", string.Empty));
                }

                break;
            case Right1:
                into.Add(FeatureHasher.Hash("w+1", lower));
                into.Add(FeatureHasher.Hash("sh+1", sentinel ? word : Shape(word)));
                break;
            case Right2:
                into.Add(FeatureHasher.Hash("w+2", lower));
                break;
        }
    }

    /// <summary>The sentence's words and each token's context features (no features are shared).</summary>
    public override SentenceFeatures Sentence(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits)
    {
        var from = sentence.FirstToken;
        var n = sentence.TokenCount;
        var words = new string[n];
        var lower = draft.LowerTokenTexts().AsSpan(from, n);
        for (var i = 0; i < n; i++)
        {
            words[i] = draft.Tokens[from + i].Text;
        }

        var lex = new List<int>[n];
        var titleEnds = new bool[n + 1];
        var titleStarts = new bool[n + 1];
        foreach (var hit in hits)
        {
            var kind = hit.Entry.Kind;
            if (kind == LexiconKind.Trigger)
            {
                continue;
            }

            var tag = kind == LexiconKind.Title && knowledge.Titles[hit.Entry.Index] is var title
                ? title.IsNonOfficial ? LexiconTags.Role : title.IsRank ? LexiconTags.Rank : LexiconTags.Title
                : LexiconTags.Of(kind);
            for (var t = hit.StartToken; t < hit.EndToken; t++)
            {
                (lex[t - from] ??= []).Add(LexiconTags.Code(tag, hit.Edits > 0, t == hit.StartToken, t == hit.EndToken - 1));
            }

            if (kind == LexiconKind.Title)
            {
                titleEnds[hit.EndToken - from] = true;
                titleStarts[hit.StartToken - from] = true;
            }
        }

        var starts = new int[n + 1];
        var run = NameRuns(words);
        var titleCase = TitleCaseLine.Is(draft.Tokens, from, from + n);
        var buffer = new List<int>(n * 4);
        for (var i = 0; i < n; i++)
        {
            starts[i] = buffer.Count;
            buffer.Add(FeatureHasher.Hash("bi-", i > 0 ? lower[i - 1] : Start, lower[i]));
            buffer.Add(FeatureHasher.Hash("bi+", lower[i], i + 1 < n ? lower[i + 1] : End));
            if (i == 0)
            {
                buffer.Add(First);
            }

            AddLexicon(buffer, LexiconTags.Here, lex[i]);
            AddLexicon(buffer, LexiconTags.Before, i > 0 ? lex[i - 1] : null);
            AddLexicon(buffer, LexiconTags.After, i + 1 < n ? lex[i + 1] : null);
            if (titleEnds[i])
            {
                buffer.Add(TitleBefore);
            }

            if (i + 1 < n && words[i + 1] == "," && (titleStarts[i + 2 < n ? i + 2 : n] || (i + 3 < n && language.Words(GrammarRole.Article).Contains(lower[i + 2]) && titleStarts[i + 3])))
            {
                buffer.Add(TitleAfterComma);
            }

            if (run[i] is { } position)
            {
                buffer.Add(position.Run);
                buffer.Add(position.End);
            }

            if (titleCase && char.IsUpper(words[i][0]))
            {
                buffer.Add(TitleCaseCapital);
            }

        }

        starts[n] = buffer.Count;

        return new SentenceFeatures(words, [.. buffer], starts, []);
    }

    private static void AddLexicon(List<int> into, int[] hashes, List<int>? codes)
    {
        if (codes is null)
        {
            return;
        }

        foreach (var code in codes)
        {
            into.Add(hashes[code]);
        }
    }

    /// <summary>
    /// Each token's position in the run of capitalised name words it belongs to, so spans cover whole names;
    /// a run that opens with an East Asian family name is one name of two to four words (Pak Myong Chol).
    /// </summary>
    private (int Run, int End)?[] NameRuns(string[] words)
    {
        var n = words.Length;
        var runs = new (int, int)?[n];
        for (var i = 0; i < n;)
        {
            var end = i;
            while (end < n && _names.IsNameWord(words[end]))
            {
                end++;
            }

            var family = end > i && _names.IsEastAsianFamily(words[i]);
            for (var k = i; k < end; k++)
            {
                runs[k] = RunPosition.Of(family, k - i + 1, end - i);
            }

            i = Math.Max(end, i + 1);
        }

        return runs;
    }

    internal static string Shape(string word)
    {
        Span<char> buffer = stackalloc char[8];
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length == 0 || buffer[length - 1] != s)
            {
                if (length == buffer.Length)
                {
                    break;
                }

                buffer[length++] = s;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The hashed run features, computed once for every (family, position, length) a run can have.</summary>
    private static class RunPosition
    {
        private const int MaxLength = 5;
        private const int Side = MaxLength + 1;
        private static readonly int[] Table = Build();
        private static readonly int AtEnd = FeatureHasher.Hash("runEnd", "end");
        private static readonly int Inside = FeatureHasher.Hash("runEnd", "inside");

        /// <summary>Position and length are capped at five words; the end cue is exact.</summary>
        public static (int Run, int End) Of(bool family, int position, int length) =>
            (Table[Index(family, Math.Min(position, MaxLength), Math.Min(length, MaxLength))], position == length ? AtEnd : Inside);

        private static int Index(bool family, int position, int length) => ((family ? 1 : 0) * Side * Side) + (position * Side) + length;

        private static int[] Build()
        {
            var table = new int[2 * Side * Side];
            foreach (var family in new[] { false, true })
            {
                for (var position = 1; position <= MaxLength; position++)
                {
                    for (var length = position; length <= MaxLength; length++)
                    {
                        table[Index(family, position, length)] = FeatureHasher.Hash("run", $"{(family ? "fam" : string.Empty)}{position}/{length}");
                    }
                }
            }

            return table;
        }
    }

    /// <summary>
    /// The lexicon features (<c>lex</c>, <c>lex-1</c>, <c>lex+1</c> of <c>B-Title-L</c>, <c>I-Place~</c> and so on),
    /// hashed once for every tag, typo mark and position, so featurizing a sentence makes no strings.
    /// </summary>
    private static class LexiconTags
    {
        public const int Role = 0;
        public const int Rank = 1;
        public const int Title = 2;

        private static readonly string[] Names = ["Role", "Rank", "Title", .. Enum.GetNames<LexiconKind>().Where(k => k != nameof(LexiconKind.Title))];

        public static readonly int[] Here = Hashes("lex");
        public static readonly int[] Before = Hashes("lex-1");
        public static readonly int[] After = Hashes("lex+1");

        public static int Of(LexiconKind kind) => Array.IndexOf(Names, kind.ToString());

        public static int Code(int tag, bool fuzzy, bool begin, bool last) => (((((tag * 2) + (fuzzy ? 1 : 0)) * 2) + (begin ? 1 : 0)) * 2) + (last ? 1 : 0);

        private static int[] Hashes(string feature)
        {
            var hashes = new int[Names.Length * 8];
            for (var tag = 0; tag < Names.Length; tag++)
            {
                foreach (var fuzzy in new[] { false, true })
                {
                    foreach (var begin in new[] { false, true })
                    {
                        foreach (var last in new[] { false, true })
                        {
                            var text = (begin ? "B-" : "I-") + Names[tag] + (fuzzy ? "~" : string.Empty) + (last ? "-L" : string.Empty);
                            hashes[Code(tag, fuzzy, begin, last)] = FeatureHasher.Hash(feature, text);
                        }
                    }
                }
            }

            return hashes;
        }
    }
}
