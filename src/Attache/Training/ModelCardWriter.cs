using System.Security.Cryptography;
using Attache.Events;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;
using Microsoft.ML;

namespace Attache.Training;

/// <summary>
/// Writes the trained models into the model folder: each model as an ML.NET zip (normalised so that the
/// same model gives the same bytes) and as the weights file the library loads, then the model card that
/// describes the run and lists every file's SHA-256. The card goes last: a folder whose card matches its
/// files is complete.
/// </summary>
internal static class ModelCardWriter
{
    /// <summary>The entity tagger's features as the card lists them, generated from the featurizer's declared groups.</summary>
    public static string EntityFeatureSet { get; } = FeatureGroup.Describe(EntityFeaturizer.Features);

    /// <summary>The event classifier's features as the card lists them, generated from the featurizer's declared groups.</summary>
    public static string EventFeatureSet { get; } = FeatureGroup.Describe(EventFeaturizer.Features);

    /// <summary>What one training run produced and measured, for the card.</summary>
    /// <param name="Seed">The seed of every trainer.</param>
    /// <param name="DataDirectory">The corpus folder (hashed into the card).</param>
    /// <param name="Knowledge">The knowledge base the features used (hashed into the card).</param>
    /// <param name="Language">The language lists the features used (part of the feature fingerprint).</param>
    /// <param name="Train">The documents trained on.</param>
    /// <param name="Dev">The dev documents.</param>
    /// <param name="Tagger">The chosen entity tagger.</param>
    /// <param name="Events">The chosen event classifier.</param>
    /// <param name="Combination">The tuned combination.</param>
    /// <param name="DevScores">Dev scores of rules, models and the combination.</param>
    public sealed record Run(
        int Seed,
        string DataDirectory,
        KnowledgeBase Knowledge,
        LanguageProfile Language,
        List<FeaturizedDocument> Train,
        List<FeaturizedDocument> Dev,
        TrainedClassifier Tagger,
        TrainedClassifier Events,
        CombinationSettings Combination,
        Dictionary<string, Dictionary<string, double>> DevScores);

    /// <summary>Writes the model files and then the card; the caller commits the folder.</summary>
    public static ModelCard Write(ModelFolderWriter output, Run run)
    {
        var eventClasses = EventLabels.ClassNames;
        var ml = new MLContext(run.Seed);
        var files = new Dictionary<string, byte[]>
        {
            [ModelFiles.EntityTagger] = Save(ml, run.Tagger),
            [ModelFiles.EntityTaggerWeights] = Weights(BioTags.Names, run.Tagger),
            [ModelFiles.EventClassifier] = Save(ml, run.Events),
            [ModelFiles.EventClassifierWeights] = Weights(eventClasses, run.Events),
        };

        var card = new ModelCard
        {
            Seed = run.Seed,
            DataHash = TrainingHashes.Data(run.DataDirectory),
            KnowledgeHash = TrainingHashes.Knowledge(),
            FeatureHash = TrainingHashes.Features(run.Knowledge, run.Language),
            Candidates = ClassifierFitter.CandidateTrainers().Select(c => c.Name).ToList(),
            Documents = new Dictionary<string, int> { ["train"] = run.Train.Count, ["dev"] = run.Dev.Count },
            Tokens = new Dictionary<string, int>
            {
                ["train"] = Tokens(run.Train),
                ["dev"] = Tokens(run.Dev),
            },
            EntityTagger = new ModelCard.ModelEntry(run.Tagger.Trainer, ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights, BioTags.Names, EntityFeatureSet, run.Tagger.CandidateScores),
            EventClassifier = new ModelCard.ModelEntry(run.Events.Trainer, ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights, eventClasses, EventFeatureSet, run.Events.CandidateScores),
            Combination = run.Combination,
            DevScores = run.DevScores,
            Files = files.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(f.Value))),
        };

        foreach (var (name, bytes) in files)
        {
            output.Write(name, bytes);
        }

        output.Write(ModelFiles.Card, System.Text.Encoding.UTF8.GetBytes(card.ToJson()));
        return card;
    }

    /// <summary>The tokens of the documents' entity sentences.</summary>
    public static int Tokens(List<FeaturizedDocument> documents) => documents.Sum(d => d.EntitySentences.Sum(s => s.Length));

    private static byte[] Save(MLContext ml, TrainedClassifier classifier)
    {
        using var stream = new MemoryStream();
        ml.Model.Save(classifier.Model, classifier.Schema, stream);
        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static byte[] Weights(IReadOnlyList<string> classes, TrainedClassifier classifier)
    {
        using var stream = new MemoryStream();
        LinearModel.Write(stream, classes, classifier.Biases, classifier.Weights);
        return stream.ToArray();
    }
}
