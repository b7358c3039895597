using System.Collections.Concurrent;

namespace Attache.Models;

/// <summary>
/// Scores sentences with a linear model, summing each word's feature groups once and caching the sums by
/// word, so a token costs one vector add per group plus its context features instead of one per feature.
/// The cache is shared by all threads and bounded; words past the bound are summed each time.
/// </summary>
internal sealed class CachedScorer(LinearModel model, WordFeatures features)
{
    private const int MaxCachedWords = 50_000;

    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);
    private readonly int _classes = model.Classes.Count;
    private readonly int _groups = features.Offsets.Length;

    /// <summary>Class probabilities of every token, row by row (<c>tokens x classes</c>).</summary>
    public float[] Score(SentenceFeatures sentence)
    {
        var n = sentence.Words.Length;
        var start = new float[_classes];
        model.Biases.CopyTo(start);
        model.Accumulate(sentence.Shared, start);

        var vectors = new float[n][];
        for (var i = 0; i < n; i++)
        {
            vectors[i] = VectorsOf(sentence.Words[i]);
        }

        var offsets = features.Offsets;
        var probabilities = new float[n * _classes];
        for (var i = 0; i < n; i++)
        {
            var scores = probabilities.AsSpan(i * _classes, _classes);
            start.CopyTo(scores);
            for (var g = 0; g < _groups; g++)
            {
                var j = i + offsets[g];
                var block = j >= 0 && j < n ? vectors[j] : VectorsOf(j < 0 ? WordFeatures.Start : WordFeatures.End);
                System.Numerics.Tensors.TensorPrimitives.Add(scores, block.AsSpan(g * _classes, _classes), scores);
            }

            model.Accumulate(sentence.ContextOf(i), scores);
            LinearModel.Softmax(scores);
        }

        return probabilities;
    }

    private float[] VectorsOf(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var vectors = new float[_groups * _classes];
        var buffer = new List<int>(32);
        for (var g = 0; g < _groups; g++)
        {
            buffer.Clear();
            features.Add(word, g, buffer);
            model.Accumulate(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), vectors.AsSpan(g * _classes, _classes));
        }

        if (_cache.Count < MaxCachedWords)
        {
            _cache.TryAdd(word, vectors);
        }

        return vectors;
    }
}
