namespace Attache.Documents;

/// <summary>
/// An analysed article: its text, tokens and sentences, and what was extracted from it.
/// Every offset indexes <see cref="Text"/>, the text exactly as given (UTF-16 code units, end exclusive).
/// Every reference is a position: <see cref="Mention.EntityId"/>, <see cref="Entity.Id"/>,
/// <see cref="Event.Participants"/> and <see cref="Event.Place"/> index <see cref="Entities"/>;
/// <see cref="Entity.Mentions"/>, <see cref="Relation.From"/> and <see cref="Relation.To"/> index
/// <see cref="Mentions"/>. All count from 0, so <c>doc.Entities[mention.EntityId]</c> is the mention's entity.
/// </summary>
public sealed record Document
{
    /// <summary>The document's id (a file name without extension, or the id given).</summary>
    public required string Id { get; init; }

    /// <summary>The original text.</summary>
    public required string Text { get; init; }

    /// <summary>The article's publication date, used to resolve relative dates.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order; boilerplate lines are not sentences.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>Ranges detected as boilerplate (ads, navigation, subscription prompts, photo credits).</summary>
    public IReadOnlyList<TextSpan> Boilerplate { get; init; } = [];

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Entities: clusters of mentions of one real-world referent.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Relations between mentions.</summary>
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>Events in text order.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];
}
