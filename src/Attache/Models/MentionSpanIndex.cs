namespace Attache.Models;

/// <summary>
/// Finds the items whose character ranges meet a query range in time proportional to the items
/// near it: each item is filed under every fixed-width bucket it covers. Keeps the merge linear on
/// articles with thousands of mentions (a megabyte-long single line included).
/// </summary>
internal sealed class MentionSpanIndex
{
    private const int BucketWidth = 64;

    private readonly Dictionary<int, List<int>> _buckets = [];

    /// <summary>Files item <paramref name="id"/> under the range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Add(int id, int start, int end)
    {
        for (var b = start / BucketWidth; b <= Math.Max(start, end - 1) / BucketWidth; b++)
        {
            if (!_buckets.TryGetValue(b, out var list))
            {
                _buckets[b] = list = [];
            }

            list.Add(id);
        }
    }

    /// <summary>The ids filed under any bucket that [<paramref name="start"/>, <paramref name="end"/>) covers, ascending and distinct; the caller tests the exact ranges.</summary>
    public List<int> Near(int start, int end)
    {
        var result = new List<int>();
        for (var b = Math.Max(0, start) / BucketWidth; b <= Math.Max(start, end - 1) / BucketWidth; b++)
        {
            if (_buckets.TryGetValue(b, out var list))
            {
                result.AddRange(list);
            }
        }

        result.Sort();
        return result.Distinct().ToList();
    }
}
