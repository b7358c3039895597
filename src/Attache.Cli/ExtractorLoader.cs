using Attache.Models;

namespace Attache.Cli;

/// <summary>Chooses the extractor a command runs: the shipped default, or one with models from a folder.</summary>
internal static class ExtractorLoader
{
    public const string Combined = "combined";

    /// <param name="modelsDirectory">A folder written by <c>attache train</c>, or null for the shipped models.</param>
    /// <param name="pipeline"><c>combined</c> (rules and models), <c>rules</c> (rules and lexicons alone) or <c>model</c> (the models alone).</param>
    /// <exception cref="ModelFormatException">The folder is missing, holds no models, or any model file is unusable.</exception>
    public static Extractor Load(string? modelsDirectory, string pipeline = Combined)
    {
        if (modelsDirectory is null && pipeline == Combined)
        {
            return Extractor.CreateDefault();
        }

        var builder = new ExtractorBuilder();
        if (modelsDirectory is not null)
        {
            builder.WithModels(modelsDirectory);
        }

        return pipeline switch
        {
            "rules" => builder.WithoutModels().Build(),
            "model" => builder.WithCombination(new CombinationSettings("model-only", 0.5f, "model-only", 0.5f)).Build(),
            _ => builder.Build(),
        };
    }
}
