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

        var models = modelsDirectory is null ? ModelStore.Embedded : ModelStore.LoadDirectory(modelsDirectory);
        if (pipeline == "rules" || models is null)
        {
            return new ExtractorBuilder().WithoutModels().Build();
        }

        var builder = new ExtractorBuilder().WithModels(models);
        // the model alone at the thresholds the trainer tuned, as in the card's "model" dev scores
        return pipeline == "model" ? builder.WithCombination(models.Combination.ToModelOnly()).Build() : builder.Build();
    }
}
