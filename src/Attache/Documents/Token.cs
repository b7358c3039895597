namespace Attache.Documents;

/// <summary>A word, number or punctuation mark.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset one past the last character (exclusive).</param>
/// <param name="Text">The token's characters, exactly as they stand in the text.</param>
public sealed record Token(int Start, int End, string Text)
{
    /// <summary>The token's character range.</summary>
    public TextSpan Span => new(Start, End);
}
