namespace Attache.Documents;

/// <summary>
/// An analysed article: its text, tokens and sentences, and what was extracted from it.
/// Every offset indexes <see cref="Text"/>, the text exactly as given (UTF-16 code units, end exclusive).
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

    /// <summary>
    /// The entity with this id (the ids that <see cref="Mention.EntityId"/>, <see cref="Event.Participants"/>
    /// and <see cref="Event.Place"/> hold), or null. Ids are unique but need not be consecutive: entities a
    /// user's component made keep theirs.
    /// </summary>
    /// <param name="id">An entity id.</param>
    public Entity? EntityById(int id)
    {
        foreach (var entity in Entities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }
}
