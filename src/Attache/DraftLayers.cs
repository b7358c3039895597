namespace Attache;

/// <summary>
/// The layers of a <see cref="DocumentDraft"/> that pipeline components fill and read. A component
/// declares the layers it needs (<see cref="IDocumentComponent.Requires"/>) and the ones it fills
/// (<see cref="IDocumentComponent.Assigns"/>); <see cref="ExtractorBuilder.Build"/> refuses a pipeline in
/// which a component needs a layer that no component before it fills.
/// </summary>
[Flags]
public enum DraftLayers
{
    /// <summary>No layer.</summary>
    None = 0,

    /// <summary><see cref="DocumentDraft.Boilerplate"/>: navigation, adverts, credits.</summary>
    Boilerplate = 1,

    /// <summary><see cref="DocumentDraft.Tokens"/>.</summary>
    Tokens = 2,

    /// <summary><see cref="DocumentDraft.Sentences"/>.</summary>
    Sentences = 4,

    /// <summary>The knowledge base's phrase matches over the tokens (officials, titles, places, triggers...).</summary>
    LexiconHits = 8,

    /// <summary><see cref="DocumentDraft.Candidates"/>: taggers' candidate mentions, before they meet the rules' in the merger.</summary>
    Candidates = 16,

    /// <summary><see cref="DocumentDraft.Mentions"/>.</summary>
    Mentions = 32,

    /// <summary><see cref="DocumentDraft.Relations"/>.</summary>
    Relations = 64,

    /// <summary><see cref="DocumentDraft.Entities"/>.</summary>
    Entities = 128,

    /// <summary><see cref="DocumentDraft.Events"/>.</summary>
    Events = 256,
}
