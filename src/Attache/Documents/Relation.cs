namespace Attache.Documents;

/// <summary>A relation between two mentions.</summary>
/// <param name="Type">The relation type.</param>
/// <param name="From">Index of the first argument in <see cref="Document.Mentions"/>.</param>
/// <param name="To">Index of the second argument in <see cref="Document.Mentions"/>.</param>
public sealed record Relation(RelationType Type, int From, int To);
