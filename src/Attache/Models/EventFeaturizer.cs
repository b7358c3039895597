using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Models;

/// <summary>
/// The event classifier's features of each token: the word and a crude stem, suffixes, neighbouring
/// words, trigger-lexicon hits over it (type, strong or weak), the event types whose context words
/// the sentence holds, negation and modal cues before it, and which kinds of names the sentence has.
/// </summary>
internal static class EventFeaturizer
{
    private static readonly string[] Suffixes = ["ing", "ed", "es", "s"];

    /// <summary>Feature names of the window words at offsets -2..2 (the centre is unused).</summary>
    private static readonly string[] WindowNames = ["w-2", "w-1", "w0", "w+1", "w+2"];

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "without" };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "could", "would", "might", "may", "should", "if", "will" };

    /// <summary>Every token's full feature set (sorted, distinct), as training needs it.</summary>
    public static int[][] Featurize(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits, KnowledgeBase knowledge)
    {
        var (shared, tokens) = FeaturizeSplit(draft, sentence, hits, knowledge);
        return Array.ConvertAll(tokens, t => EntityFeaturizer.Normalize([.. shared, .. t]));
    }

    /// <summary>
    /// The features every token of the sentence shares (context words, kinds of names), and each
    /// token's own features without them: scoring adds the shared ones once per sentence.
    /// </summary>
    public static (int[] Shared, int[][] Tokens) FeaturizeSplit(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits, KnowledgeBase knowledge)
    {
        var from = sentence.FirstToken;
        var n = sentence.TokenCount;
        var lower = new string[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = draft.Tokens[from + i].Text.ToLowerInvariant();
        }

        var sentenceFeatures = new HashSet<int>();
        var words = lower.ToHashSet(StringComparer.Ordinal);
        foreach (var (type, context) in knowledge.TriggerContext)
        {
            if (context.Overlaps(words))
            {
                sentenceFeatures.Add(FeatureHasher.Hash("ctx", type.ToString()));
            }
        }

        var triggerAt = new List<string>[n];
        foreach (var hit in hits)
        {
            if (hit.Entry.Kind == LexiconKind.Trigger)
            {
                var record = knowledge.Triggers[hit.Entry.Index];
                for (var t = hit.StartToken; t < hit.EndToken; t++)
                {
                    (triggerAt[t - from] ??= []).Add($"{record.Type}:{(record.Weak ? "weak" : "strong")}:{(t == hit.StartToken ? "B" : "I")}");
                }
            }
            else
            {
                sentenceFeatures.Add(FeatureHasher.Hash("has", hit.Entry.Kind.ToString()));
            }
        }

        var stems = Array.ConvertAll(lower, Stem);
        var features = new int[n][];
        var buffer = new List<int>(48);
        for (var i = 0; i < n; i++)
        {
            buffer.Clear();
            var w = lower[i];
            buffer.Add(FeatureHasher.Hash("w", w));
            buffer.Add(FeatureHasher.Hash("stem", stems[i]));
            if (w.Length > 3)
            {
                buffer.Add(FeatureHasher.Hash("s3", w.AsSpan(w.Length - 3)));
            }

            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                if (d != 0)
                {
                    buffer.Add(FeatureHasher.Hash(WindowNames[d + 2], j < 0 ? "<s>" : j >= n ? "</s>" : stems[j]));
                }
            }

            buffer.Add(FeatureHasher.Hash("bi+", stems[i], i + 1 < n ? lower[i + 1] : "</s>"));
            if (triggerAt[i] is { } triggers)
            {
                foreach (var t in triggers)
                {
                    buffer.Add(FeatureHasher.Hash("trig", t));
                    foreach (var f in sentenceFeatures)
                    {
                        buffer.Add(FeatureHasher.Hash("trig&", t, f.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
            }
            else
            {
                buffer.Add(FeatureHasher.Hash("notrig", string.Empty));
            }

            for (var j = Math.Max(0, i - 3); j < i; j++)
            {
                if (Negations.Contains(lower[j]))
                {
                    buffer.Add(FeatureHasher.Hash("neg", string.Empty));
                }

                if (Modals.Contains(lower[j]))
                {
                    buffer.Add(FeatureHasher.Hash("modal", lower[j]));
                }
            }

            if (char.IsUpper(draft.Tokens[from + i].Text[0]))
            {
                buffer.Add(FeatureHasher.Hash("cap", string.Empty));
            }

            buffer.RemoveAll(sentenceFeatures.Contains);
            features[i] = EntityFeaturizer.Normalize(buffer);
        }

        return (EntityFeaturizer.Normalize([.. sentenceFeatures]), features);
    }

    /// <summary>A crude English stem, enough to group <c>visits</c>, <c>visited</c> and <c>visiting</c>.</summary>
    internal static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
