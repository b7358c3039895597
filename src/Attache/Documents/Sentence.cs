namespace Attache.Documents;

/// <summary>A sentence (or a headline, caption or other line of prose).</summary>
/// <param name="Index">Position of the sentence in the document, from 0.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character (exclusive).</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's character range.</summary>
    public TextSpan Span => new(Start, End);
}
