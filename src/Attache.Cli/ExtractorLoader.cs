using Attache.Knowledge;
using Attache.Models;

namespace Attache.Cli;

/// <summary>Chooses the extractor a command runs: the shipped default, or one with models from a folder.</summary>
internal static class ExtractorLoader
{
    public const string Combined = "combined";

    /// <param name="modelsDirectory">A folder written by <c>attache train</c>, or null for the shipped models.</param>
    /// <param name="pipeline"><c>combined</c> (rules and models), <c>rules</c> (rules and lexicons alone) or <c>model</c> (the models alone).</param>
    /// <param name="knowledge">The user's knowledge files, or null for the shipped knowledge alone.</param>
    /// <exception cref="ModelFormatException">The folder is missing, holds no models, or any model file is unusable.</exception>
    /// <exception cref="FileNotFoundException">A knowledge file does not exist.</exception>
    /// <exception cref="KnowledgeFileException">A knowledge file breaks its schema or is not YAML; its errors name file, line and field.</exception>
    /// <exception cref="DirectoryNotFoundException">The language folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file of the language folder is named after no list.</exception>
    public static Extractor Load(string? modelsDirectory, string pipeline = Combined, KnowledgeFiles? knowledge = null)
    {
        knowledge ??= KnowledgeFiles.None;
        if (modelsDirectory is null && pipeline == Combined && knowledge.IsEmpty)
        {
            return Extractor.CreateDefault();
        }

        var models = modelsDirectory is null ? ModelStore.Embedded : ModelStore.LoadDirectory(modelsDirectory);
        if (pipeline == "rules" || models is null)
        {
            return knowledge.AddTo(new ExtractorBuilder()).WithoutModels().Build();
        }

        var builder = knowledge.AddTo(new ExtractorBuilder()).WithModels(models);
        // the model alone at the thresholds the trainer tuned, as in the card's "model" dev scores
        return pipeline == "model" ? builder.WithCombination(models.Combination.ToModelOnly()).Build() : builder.Build();
    }
}
