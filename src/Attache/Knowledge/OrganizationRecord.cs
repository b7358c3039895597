namespace Attache.Knowledge;

/// <summary>A named organisation.</summary>
internal sealed record OrganizationRecord(string Name, IReadOnlyList<string> Aliases, string Kind, string? Country, bool Ambiguous);
