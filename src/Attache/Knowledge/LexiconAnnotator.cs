namespace Attache.Knowledge;

/// <summary>Runs the knowledge base's phrase matcher over every sentence; later stages read the hits.</summary>
internal sealed class LexiconAnnotator(KnowledgeBase knowledge) : IDocumentComponent
{
    public string Name => "lexicon";

    public DraftLayers Requires => DraftLayers.Tokens | DraftLayers.Sentences;

    public DraftLayers Assigns => DraftLayers.LexiconHits;

    public void Process(DocumentDraft draft)
    {
        var lower = draft.LowerTokenTexts();
        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            draft.LexiconHits.AddRange(knowledge.Matcher.Match(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, lower));
        }
    }
}
