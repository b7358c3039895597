namespace Attache.Documents;

/// <summary>One real-world official, person, place or organisation, with all its mentions in a document.</summary>
/// <param name="Id">The entity's position in <see cref="Document.Entities"/> (from 0; entities are ordered by first mention). In a draft, any id unique within it: the freezer renumbers and every reference follows.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Titles">Titles the document attaches to this entity, in order of first mention.</param>
/// <param name="Affiliations">Country codes or organisation names the entity serves.</param>
/// <param name="Mentions">Indexes into <see cref="Document.Mentions"/>.</param>
public sealed record Entity(
    int Id,
    MentionType Type,
    string Name,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Affiliations,
    IReadOnlyList<int> Mentions);
