using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace Attache.Models;

/// <summary>
/// Byte-pair pieces of a word from Microsoft.ML.Tokenizers' GPT-2 vocabulary (<c>r50k_base</c>,
/// shipped inside its NuGet package): an unseen name shares pieces with seen ones (<c>Myong</c>,
/// <c>Myongchol</c>), which gives the tagger something to generalise from. Thread-safe.
/// </summary>
internal static class SubwordPieces
{
    /// <summary>Words cached at most; a feed of junk words must not grow the cache without bound.</summary>
    private const int MaxCached = 100_000;

    private static readonly Lazy<Tokenizer> Bpe = new(() => TiktokenTokenizer.CreateForEncoding("r50k_base"));
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    /// <summary>The pieces of a word written after a space, or none when the vocabulary holds it whole.</summary>
    /// <summary>Loads the vocabulary now rather than at the first name word.</summary>
    public static void Load() => _ = Bpe.Value;

    public static string[] Of(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var tokens = Bpe.Value.EncodeToTokens(" " + word, out _);
        var pieces = tokens.Count <= 1 ? [] : tokens.Select(t => t.Value).ToArray();
        // ConcurrentDictionary.Count takes every lock, so the bound is kept with a counter of our own.
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(word, pieces))
        {
            Interlocked.Increment(ref _cached);
        }

        return pieces;
    }
}
