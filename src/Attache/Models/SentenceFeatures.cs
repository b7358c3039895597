namespace Attache.Models;

/// <summary>
/// One sentence as a model sees it: the token words (whose own features <see cref="WordFeatures"/> gives),
/// each token's context features (those that depend on more than one word: bigrams, lexicon hits, name runs),
/// stored end to end with token <c>i</c>'s from <c>ContextStarts[i]</c> to <c>ContextStarts[i + 1]</c>,
/// and the features every token of the sentence shares.
/// </summary>
internal sealed record SentenceFeatures(string[] Words, int[] Context, int[] ContextStarts, int[] Shared)
{
    /// <summary>Token <paramref name="i"/>'s context features.</summary>
    public ReadOnlySpan<int> ContextOf(int i) => Context.AsSpan(ContextStarts[i], ContextStarts[i + 1] - ContextStarts[i]);
}
