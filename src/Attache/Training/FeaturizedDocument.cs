namespace Attache.Training;

/// <summary>
/// A corpus document prepared for training: per sentence, each token's entity and event features
/// and gold labels, plus the gold entity spans in token indexes (for dev scoring).
/// </summary>
internal sealed record FeaturizedDocument(
    CorpusDocument Source,
    List<TokenExample[]> EntitySentences,
    List<TokenExample[]> EventSentences,
    List<HashSet<(int Start, int End, int Type)>> GoldSpans);
