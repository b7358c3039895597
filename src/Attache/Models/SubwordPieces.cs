namespace Attache.Models;

/// <summary>
/// Byte-pair pieces of a word in GPT-2's vocabulary (<c>r50k_base</c>, shipped inside
/// Microsoft.ML.Tokenizers' data package): an unseen name shares pieces with seen ones (<c>Myong</c>,
/// <c>Myongchol</c>), which gives the tagger something to generalise from. Thread-safe.
/// </summary>
internal static class SubwordPieces
{
    /// <summary>Words cached at most; a feed of junk words must not grow the cache without bound.</summary>
    private const int MaxCached = 100_000;

    private static readonly Lazy<BytePairEncoder> Bpe = new(BytePairEncoder.LoadR50kBase);
    private static readonly BoundedCache<string[]> Cache = new(MaxCached);

    /// <summary>Loads the vocabulary now rather than at the first name word.</summary>
    public static void Load() => _ = Bpe.Value;

    /// <summary>The pieces of a word written after a space, or none when the vocabulary holds it whole.</summary>
    public static string[] Of(string word) => Cache.GetOrAdd(word, static (w, _) => Encode(w), 0);

    private static string[] Encode(string word)
    {
        var tokens = Bpe.Value.Encode(" " + word);
        return tokens.Count <= 1 ? [] : [.. tokens];
    }
}
