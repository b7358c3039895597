namespace Attache.Knowledge;

/// <summary>A phrase of one lexicon, split into match parts.</summary>
/// <param name="Kind">The lexicon.</param>
/// <param name="Index">Index of the record in that lexicon's list.</param>
/// <param name="Parts">The phrase's parts as written (casing kept for the case check).</param>
/// <param name="CaseSensitive">Whether capitalised parts must be capitalised in the text.</param>
/// <param name="Fuzzy">Whether a part may differ by one edit (names only).</param>
internal sealed record LexiconEntry(LexiconKind Kind, int Index, string[] Parts, bool CaseSensitive, bool Fuzzy);
