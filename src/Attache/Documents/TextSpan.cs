namespace Attache.Documents;

/// <summary>A half-open character range <c>[Start, End)</c> in a text, in UTF-16 code units.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>Whether this span shares at least one character with <paramref name="other"/>.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
