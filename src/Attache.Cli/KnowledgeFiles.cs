namespace Attache.Cli;

/// <summary>The user's own knowledge files, loaded beside the shipped ones as <see cref="ExtractorBuilder"/>'s <c>Add...File</c> methods load them.</summary>
/// <param name="Officials">YAML files of officials (<c>--officials</c>).</param>
/// <param name="Titles">YAML files of titles (<c>--titles</c>).</param>
/// <param name="Organizations">YAML files of organisations (<c>--organizations</c>).</param>
/// <param name="Places">TSV files of places (<c>--places</c>).</param>
/// <param name="Triggers">YAML files of event trigger phrases (<c>--triggers</c>).</param>
internal sealed record KnowledgeFiles(
    IReadOnlyList<string> Officials,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Triggers)
{
    /// <summary>No file of the user's: the shipped knowledge alone.</summary>
    public static KnowledgeFiles None { get; } = new([], [], [], [], []);

    public bool IsEmpty => Officials.Count + Titles.Count + Organizations.Count + Places.Count + Triggers.Count == 0;

    /// <summary>Adds every file to the builder.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public ExtractorBuilder AddTo(ExtractorBuilder builder)
    {
        foreach (var file in Officials)
        {
            builder.AddOfficialsFile(file);
        }

        foreach (var file in Titles)
        {
            builder.AddTitlesFile(file);
        }

        foreach (var file in Organizations)
        {
            builder.AddOrganizationsFile(file);
        }

        foreach (var file in Places)
        {
            builder.AddPlacesFile(file);
        }

        foreach (var file in Triggers)
        {
            builder.AddTriggersFile(file);
        }

        return builder;
    }
}
