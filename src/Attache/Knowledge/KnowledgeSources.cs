namespace Attache.Knowledge;

/// <summary>Users' own knowledge files, loaded beside (and overriding) the shipped ones.</summary>
internal sealed record KnowledgeSources(
    IReadOnlyList<string> OfficialFiles,
    IReadOnlyList<string> TitleFiles,
    IReadOnlyList<string> OrganizationFiles,
    IReadOnlyList<string> PlaceFiles,
    IReadOnlyList<string> TriggerFiles)
{
    public static KnowledgeSources Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => OfficialFiles.Count + TitleFiles.Count + OrganizationFiles.Count + PlaceFiles.Count + TriggerFiles.Count == 0;
}
