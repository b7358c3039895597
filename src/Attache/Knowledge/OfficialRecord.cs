namespace Attache.Knowledge;

/// <summary>One official of the knowledge base.</summary>
internal sealed record OfficialRecord(
    string Name,
    string Family,
    string Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<RoleRecord> Roles,
    string? Body = null);
