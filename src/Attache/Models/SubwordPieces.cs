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
    private static readonly BoundedCache<string[]> Cache = new(MaxCached);

    /// <summary>The pieces of a word written after a space, or none when the vocabulary holds it whole.</summary>
    /// <summary>Loads the vocabulary now rather than at the first name word.</summary>
    public static void Load() => _ = Bpe.Value;

    public static string[] Of(string word) => Cache.GetOrAdd(word, static (w, _) => Encode(w), 0);

    private static string[] Encode(string word)
    {
        var tokens = Bpe.Value.EncodeToTokens(" " + word, out _);
        return tokens.Count <= 1 ? [] : tokens.Select(t => t.Value).ToArray();
    }
}
