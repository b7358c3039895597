using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Models;

/// <summary>
/// The features of a model that depend on one word alone, grouped by where that word stands relative to
/// the token being scored (group <c>g</c> describes the word at <c>i + Offsets[g]</c>; past the sentence
/// edges the word is <see cref="Start"/> or <see cref="End"/>). Because a linear model's score is a sum,
/// each word's groups can be summed once into cached score vectors (<see cref="CachedScorer"/>), while
/// training sees the same features one by one (<see cref="Expand"/>).
/// </summary>
internal abstract class WordFeatures
{
    /// <summary>The word before the first token of a sentence.</summary>
    public const string Start = "<s>";

    /// <summary>The word after the last token of a sentence.</summary>
    public const string End = "</s>";

    /// <summary>Offset from the scored token of the word each group describes.</summary>
    public abstract int[] Offsets { get; }

    /// <summary>Adds the hashed features of <paramref name="word"/> in group <paramref name="group"/>.</summary>
    public abstract void Add(string word, int group, List<int> into);

    /// <summary>The sentence's words, each token's context features and the features all its tokens share.</summary>
    public abstract SentenceFeatures Sentence(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits);

    /// <summary>Every token's complete feature list, as training needs it.</summary>
    public int[][] Featurize(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits) => Expand(Sentence(draft, sentence, hits));

    /// <summary>Every token's complete feature list (word groups, then context, then shared), as training needs it.</summary>
    public int[][] Expand(SentenceFeatures sentence)
    {
        var n = sentence.Words.Length;
        var features = new int[n][];
        var buffer = new List<int>(64);
        for (var i = 0; i < n; i++)
        {
            buffer.Clear();
            for (var g = 0; g < Offsets.Length; g++)
            {
                Add(WordAt(sentence.Words, i + Offsets[g]), g, buffer);
            }

            buffer.AddRange(sentence.ContextOf(i));
            buffer.AddRange(sentence.Shared);
            features[i] = [.. buffer];
        }

        return features;
    }

    /// <summary>The word at <paramref name="index"/>, or the sentinel past either edge.</summary>
    public static string WordAt(string[] words, int index) => index < 0 ? Start : index >= words.Length ? End : words[index];
}
