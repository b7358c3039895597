namespace Attache.Knowledge;

/// <summary>A lexicon phrase found over tokens <c>[StartToken, EndToken)</c>.</summary>
/// <param name="StartToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Entry">The matched entry.</param>
/// <param name="Edits">How many parts matched by a one-character edit rather than exactly.</param>
internal readonly record struct LexiconHit(int StartToken, int EndToken, LexiconEntry Entry, int Edits);
