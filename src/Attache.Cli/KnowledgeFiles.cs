using Attache.Text;

namespace Attache.Cli;

/// <summary>
/// The user's own knowledge files, loaded beside the shipped ones as <see cref="ExtractorBuilder"/>'s <c>Add...File</c>
/// methods load them, and the user's language folder (<see cref="ExtractorBuilder.WithLanguage"/>).
/// </summary>
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

    /// <summary>A folder of language lists (<c>--language</c>) that replace the shipped English ones, or null for English.</summary>
    public string? Language { get; init; }

    public bool IsEmpty => Officials.Count + Titles.Count + Organizations.Count + Places.Count + Triggers.Count == 0 && Language is null;

    /// <summary>Adds every file, and the language folder, to the builder.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">The language folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file of the language folder is named after no list.</exception>
    public ExtractorBuilder AddTo(ExtractorBuilder builder)
    {
        if (Language is not null)
        {
            builder.WithLanguage(LanguageProfile.FromFolder(Language));
        }

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
