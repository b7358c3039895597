namespace Attache.Cli;

/// <summary>Chooses the extractor a command runs: the shipped default, or one with models from a folder.</summary>
internal static class ExtractorLoader
{
    /// <returns>The extractor, or null when <paramref name="modelsDirectory"/> holds no models.</returns>
    public static Extractor? Load(string? modelsDirectory)
    {
        if (modelsDirectory is null)
        {
            return Extractor.CreateDefault();
        }

        return File.Exists(Path.Combine(modelsDirectory, "model-card.json")) ? new ExtractorBuilder().Build() : null;
    }
}
