namespace Attache.Text;

/// <summary>Maps character ranges of a normalised text back to the original text.</summary>
internal sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <param name="starts">For each normalised character, the original offset where its source begins.</param>
    /// <param name="ends">For each normalised character, the original offset where its source ends.</param>
    /// <param name="originalLength">Length of the original text.</param>
    public OffsetMap(int[] starts, int[] ends, int originalLength)
    {
        _starts = starts;
        _ends = ends;
        OriginalLength = originalLength;
    }

    public int OriginalLength { get; }

    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start >= _starts.Length)
        {
            return (OriginalLength, OriginalLength);
        }

        var originalStart = _starts[start];
        var originalEnd = end > start ? _ends[end - 1] : originalStart;
        return (originalStart, originalEnd);
    }
}
