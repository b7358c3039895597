namespace Attache.Knowledge;

/// <summary>
/// The lexicon hits of one sentence: a range of the draft's hit list (kept in sentence order), not a copy,
/// so grouping a dense document's hundreds of thousands of hits by sentence costs one small object each
/// (issue #21).
/// </summary>
internal sealed class SentenceHits(List<LexiconHit> hits, int start, int count) : IReadOnlyList<LexiconHit>
{
    /// <summary>No hits.</summary>
    public static SentenceHits Empty { get; } = new([], 0, 0);

    public int Count => count;

    public LexiconHit this[int index] =>
        (uint)index < (uint)count ? hits[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<LexiconHit> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return hits[start + i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
