namespace Attache.Text;

/// <summary>A text prepared for matching, with the way back to the original offsets.</summary>
/// <param name="Text">The normalised text.</param>
/// <param name="Map">Null when the normalised text is the original, character for character.</param>
internal sealed record NormalizedText(string Text, OffsetMap? Map)
{
    public (int Start, int End) ToOriginal(int start, int end) => Map is null ? (start, end) : Map.ToOriginal(start, end);
}
