namespace Attache;

/// <summary>Binary search over items kept in order of a character offset (mentions, antecedents).</summary>
internal static class OffsetSearch
{
    /// <summary>The index of the first item whose offset is at least <paramref name="offset"/>, or the count when none is.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, int offset, Func<T, int> offsetOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = offsetOf(items[mid]) < offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
