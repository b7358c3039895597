using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;

namespace Attache.Models;

/// <summary>
/// The entity tagger's features of each token of a sentence, as hashed indexes: the word, its shape,
/// prefixes and suffixes, its neighbours' words and shapes, bigrams, sentence position, lexicon and
/// knowledge-base hits over it and its neighbours (with their BIO position), title-before and
/// title-after cues, Korean/Chinese family-name cues, and the byte-pair pieces of name words
/// (<see cref="SubwordPieces"/>). Reads only what the lexicon stage found,
/// so the model learns independently of the rules it is combined with.
/// </summary>
internal static class EntityFeaturizer
{
    private static readonly string[] PrefixNames = ["p0", "p1", "p2", "p3"];
    private static readonly string[] SuffixNames = ["s0", "s1", "s2", "s3"];

    /// <summary>Feature names of the window words at offsets -2..2 (the centre is unused).</summary>
    private static readonly string[] WindowNames = ["w-2", "w-1", "w0", "w+1", "w+2"];

    public static int[][] Featurize(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits, KnowledgeBase knowledge)
    {
        var from = sentence.FirstToken;
        var n = sentence.TokenCount;
        var words = new string[n];
        var lower = new string[n];
        var shapes = new string[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = draft.Tokens[from + i].Text;
            lower[i] = words[i].ToLowerInvariant();
            shapes[i] = Shape(words[i]);
        }

        var lex = new List<string>[n];
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
                ? title.IsNonOfficial ? "Role" : title.IsRank ? "Rank" : "Title"
                : kind.ToString();
            if (hit.Edits > 0)
            {
                tag += "~";
            }

            for (var t = hit.StartToken; t < hit.EndToken; t++)
            {
                (lex[t - from] ??= []).Add((t == hit.StartToken ? "B-" : "I-") + tag + (t == hit.EndToken - 1 ? "-L" : string.Empty));
            }

            if (kind == LexiconKind.Title)
            {
                titleEnds[hit.EndToken - from] = true;
                titleStarts[hit.StartToken - from] = true;
            }
        }

        // Position in the run of capitalised name words the token belongs to, so spans cover whole names.
        var runPosition = new string?[n];
        for (var i = 0; i < n;)
        {
            var end = i;
            while (end < n && NameShapes.IsNameWord(words[end]))
            {
                end++;
            }

            // a run that opens with an East Asian family name is one name of two to four words (Pak Myong Chol)
            var family = end > i && NameShapes.IsEastAsianFamily(words[i]) ? "fam" : string.Empty;
            for (var k = i; k < end; k++)
            {
                runPosition[k] = $"{family}{k - i + 1}/{Math.Min(end - i, 5)}";
            }

            i = Math.Max(end, i + 1);
        }

        var features = new int[n][];
        var buffer = new List<int>(64);
        for (var i = 0; i < n; i++)
        {
            buffer.Clear();
            var w = lower[i];
            buffer.Add(FeatureHasher.Hash("w", w));
            buffer.Add(FeatureHasher.Hash("W", words[i]));
            buffer.Add(FeatureHasher.Hash("sh", shapes[i]));
            for (var k = 1; k <= 3 && k <= w.Length; k++)
            {
                buffer.Add(FeatureHasher.Hash(PrefixNames[k], w.AsSpan(0, k)));
                buffer.Add(FeatureHasher.Hash(SuffixNames[k], w.AsSpan(w.Length - k)));
            }

            for (var d = -2; d <= 2; d++)
            {
                if (d == 0)
                {
                    continue;
                }

                var j = i + d;
                var name = WindowNames[d + 2];
                buffer.Add(FeatureHasher.Hash(name, j < 0 ? "<s>" : j >= n ? "</s>" : lower[j]));
                if (d is -1 or 1)
                {
                    buffer.Add(FeatureHasher.Hash(d < 0 ? "sh-1" : "sh+1", j < 0 ? "<s>" : j >= n ? "</s>" : shapes[j]));
                    if (j >= 0 && j < n && lex[j] is { } neighbour)
                    {
                        foreach (var l in neighbour)
                        {
                            buffer.Add(FeatureHasher.Hash(d < 0 ? "lex-1" : "lex+1", l));
                        }
                    }
                }
            }

            buffer.Add(FeatureHasher.Hash("bi-", i > 0 ? lower[i - 1] : "<s>", w));
            buffer.Add(FeatureHasher.Hash("bi+", w, i + 1 < n ? lower[i + 1] : "</s>"));
            if (i == 0)
            {
                buffer.Add(FeatureHasher.Hash("first", string.Empty));
            }

            if (lex[i] is { } here)
            {
                foreach (var l in here)
                {
                    buffer.Add(FeatureHasher.Hash("lex", l));
                }
            }

            if (titleEnds[i])
            {
                buffer.Add(FeatureHasher.Hash("titleBefore", string.Empty));
            }

            if (i + 1 < n && words[i + 1] == "," && (titleStarts[i + 2 < n ? i + 2 : n] || (i + 3 < n && lower[i + 2] is "a" or "the" or "an" && titleStarts[i + 3])))
            {
                buffer.Add(FeatureHasher.Hash("titleAfterComma", string.Empty));
            }

            if (NameShapes.IsEastAsianFamily(words[i]))
            {
                buffer.Add(FeatureHasher.Hash("family", string.Empty));
            }

            if (i > 0 && NameShapes.IsEastAsianFamily(words[i - 1]))
            {
                buffer.Add(FeatureHasher.Hash("family-1", string.Empty));
            }

            if (knowledge.OfficialsByFamily.ContainsKey(words[i]))
            {
                buffer.Add(FeatureHasher.Hash("kbFamily", string.Empty));
            }

            if (NameShapes.IsNameWord(words[i]))
            {
                buffer.Add(FeatureHasher.Hash("nameWord", string.Empty));
                var pieces = SubwordPieces.Of(words[i]);
                for (var k = 0; k < pieces.Length; k++)
                {
                    buffer.Add(FeatureHasher.Hash(k == 0 ? "bpe<" : k == pieces.Length - 1 ? "bpe>" : "bpe", pieces[k]));
                }
            }

            if (runPosition[i] is { } position)
            {
                buffer.Add(FeatureHasher.Hash("run", position));
                buffer.Add(FeatureHasher.Hash("runEnd", position[^3] == position[^1] ? "end" : "inside"));
            }

            features[i] = Normalize(buffer);
        }

        return features;
    }

    /// <summary>Sorted, distinct indexes (the form ML.NET's sparse vectors need).</summary>
    internal static int[] Normalize(List<int> indexes)
    {
        indexes.Sort();
        var distinct = 0;
        for (var k = 0; k < indexes.Count; k++)
        {
            if (k == 0 || indexes[k] != indexes[k - 1])
            {
                indexes[distinct++] = indexes[k];
            }
        }

        return indexes.GetRange(0, distinct).ToArray();
    }

    /// <summary>Word shape with runs folded: <c>Kim</c> gives <c>Xx</c>, <c>Ryong-hae</c> <c>Xx-x</c>, <c>2013</c> <c>d</c>.</summary>
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
}
