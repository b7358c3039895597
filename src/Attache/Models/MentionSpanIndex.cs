namespace Attache.Models;

/// <summary>
/// Finds the items whose character ranges meet a query range in time proportional to the items
/// near it: each item is filed under every fixed-width bucket it covers. Keeps the merge linear on
/// articles with thousands of mentions (a megabyte-long single line included). Buckets are an array
/// indexed by position, and a query makes one list, so a dense document's hundreds of thousands of
/// queries allocate little (issue #21).
/// </summary>
internal sealed class MentionSpanIndex
{
    private const int BucketWidth = 64;

    private List<int>?[] _buckets = [];

    /// <summary>Files item <paramref name="id"/> under the range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Add(int id, int start, int end)
    {
        var last = Math.Max(start, end - 1) / BucketWidth;
        if (last >= _buckets.Length)
        {
            Array.Resize(ref _buckets, Math.Max(last + 1, _buckets.Length * 2));
        }

        for (var b = start / BucketWidth; b <= last; b++)
        {
            (_buckets[b] ??= []).Add(id);
        }
    }

    /// <summary>The ids filed under any bucket that [<paramref name="start"/>, <paramref name="end"/>) covers, ascending and distinct; the caller tests the exact ranges.</summary>
    public List<int> Near(int start, int end)
    {
        var first = Math.Max(0, start) / BucketWidth;
        var last = Math.Min(Math.Max(start, end - 1) / BucketWidth, _buckets.Length - 1);
        var result = new List<int>();
        var buckets = 0;
        for (var b = first; b <= last; b++)
        {
            if (_buckets[b] is { } list)
            {
                result.AddRange(list);
                buckets++;
            }
        }

        // one bucket holds its ids ascending and once (they are added in order); several may share ids
        if (buckets > 1)
        {
            result.Sort();
            var kept = 0;
            for (var i = 0; i < result.Count; i++)
            {
                if (kept == 0 || result[i] != result[kept - 1])
                {
                    result[kept++] = result[i];
                }
            }

            result.RemoveRange(kept, result.Count - kept);
        }

        return result;
    }
}
