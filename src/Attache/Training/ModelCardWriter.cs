using System.Security.Cryptography;
using Attache.Knowledge;
using Attache.Text;
using Attache.Models;
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
    private const string EntityFeatureSet = "word, lowercase, shape, prefixes/suffixes 1-3, words +-2, shapes +-1, bigrams, sentence start, lexicon and knowledge-base hits (BIO, fuzzy) at 0 and +-1, title before / title after comma, position in a run of name words, Korean/Chinese family name at 0 and -1, knowledge-base family name, name word, byte-pair pieces of name words, capital in a Title Case headline; hashed to 2^18";
    private const string EventFeatureSet = "word, stem, suffix 3, stems +-2, bigram, trigger-lexicon hits (type, strong/weak) with their reading (negated, hypothetical, desired, prospective, modifier) and their conjunction with sentence cues, event-type context words in the sentence, name kinds in the sentence, negation and modal cues, capitalisation, the word ending a strong trigger elsewhere in the document; hashed to 2^18";

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
