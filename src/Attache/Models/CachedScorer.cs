using System.Runtime.InteropServices;
using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Models;

/// <summary>
/// Scores sentences with a linear model, summing each word's feature groups once and caching the sums by
/// word, so a token costs one vector add per group plus its context features instead of one per feature.
/// Rows are padded to whole vectors (<see cref="LinearModel.Width"/>). The cache is shared by all threads
/// and bounded; words past the bound are summed each time.
/// </summary>
internal sealed class CachedScorer(LinearModel model, WordFeatures features)
{
    private const int MaxCachedWords = 50_000;

    private readonly BoundedCache<float[]> _cache = new(MaxCachedWords);
    private readonly int _classes = model.Classes.Count;
    private readonly int _width = model.Width;
    private readonly int _groups = features.Offsets.Length;

    /// <summary>Raw class scores of every token of the sentence, row by row (<c>tokens x classes</c>); <see cref="LinearModel.Probability"/> turns a row into probabilities.</summary>
    public float[] Score(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits) => Score(features.Sentence(draft, sentence, hits));

    private float[] Score(SentenceFeatures sentence)
    {
        var n = sentence.Words.Length;
        Span<float> start = stackalloc float[_width];
        Span<float> row = stackalloc float[_width];
        model.Biases.CopyTo(start);
        model.AccumulatePadded(sentence.Shared, start);

        var vectors = new float[n][];
        for (var i = 0; i < n; i++)
        {
            vectors[i] = VectorsOf(sentence.Words[i]);
        }

        var offsets = features.Offsets;
        var scores = new float[n * _classes];
        for (var i = 0; i < n; i++)
        {
            start.CopyTo(row);
            for (var g = 0; g < _groups; g++)
            {
                var j = i + offsets[g];
                var block = j >= 0 && j < n ? vectors[j] : VectorsOf(j < 0 ? WordFeatures.Start : WordFeatures.End);
                LinearModel.AddPadded(block.AsSpan(g * _width, _width), row);
            }

            model.AccumulatePadded(sentence.ContextOf(i), row);
            row[.._classes].CopyTo(scores.AsSpan(i * _classes, _classes));
        }

        return scores;
    }

    private float[] VectorsOf(string word) => _cache.GetOrAdd(word, static (w, scorer) => scorer.Sum(w), this);

    private float[] Sum(string word)
    {
        var vectors = new float[_groups * _width];
        var buffer = new List<int>(32);
        for (var g = 0; g < _groups; g++)
        {
            buffer.Clear();
            features.Add(word, g, buffer);
            model.AccumulatePadded(CollectionsMarshal.AsSpan(buffer), vectors.AsSpan(g * _width, _width));
        }

        return vectors;
    }
}
