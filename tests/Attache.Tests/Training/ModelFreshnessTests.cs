using Attache.Formats;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;
using Attache.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Xunit.Abstractions;

namespace Attache.Tests.Training;

/// <summary>
/// The committed models must be the ones the committed data, knowledge and code give. The fingerprints
/// are exact; retraining is compared by its decisions, because the trained weights differ in their last
/// bits between machines (ML.NET's optimiser takes a different vector path, and so rounds differently,
/// on CPUs with other instruction sets).
/// </summary>
public class ModelFreshnessTests(ITestOutputHelper output)
{
    /// <summary>Share of the mentions (and event triggers) of the corpus that a retrain on another machine may decide differently.</summary>
    private const double MentionTolerance = 0.01;

    private const double EventTolerance = 0.03;

    private const int DefaultSeed = 1;

    private static readonly string Models = Path.Combine(RepoPaths.Root, "models");

    private const string Stale = "run `dotnet run --project src/Attache.Cli -c Release -- train` and commit models/";

    [Fact]
    public void The_model_card_matches_the_training_data_knowledge_features_and_trainers()
    {
        var card = ModelCard.Read(Path.Combine(Models, ModelFiles.Card));
        Assert.NotNull(card);
        Assert.True(card.DataHash == TrainingHashes.Data(RepoPaths.TrainingData), $"training-data/ changed since the models were trained: {Stale}.");
        Assert.True(card.KnowledgeHash == TrainingHashes.Knowledge(), $"The knowledge files changed since the models were trained: {Stale}.");
        Assert.True(card.FeatureHash == TrainingHashes.Features(KnowledgeBase.Default, LanguageProfile.English), $"The featurizers compute other features than the models were trained on: {Stale}.");
        Assert.True(card.EntityTagger.Features == ModelCardWriter.EntityFeatureSet && card.EventClassifier.Features == ModelCardWriter.EventFeatureSet, $"The featurizers declare other feature groups than the card lists: {Stale}.");
        Assert.True(card.Candidates.SequenceEqual(ClassifierFitter.CandidateTrainers().Select(c => c.Name)), $"The trainers or their settings changed: {Stale}.");
        Assert.Equal(DefaultSeed, card.Seed);
    }

    [Fact]
    public void The_feature_fingerprint_changes_with_the_knowledge_that_feeds_the_features()
    {
        using var folder = new Cli.TempFolder();
        var triggers = folder.File("triggers.yaml", "Meeting:\n  strong: [banquet for]\n");
        var withExtraTrigger = KnowledgeBase.Build(KnowledgeSources.Empty with { TriggerFiles = [triggers] });
        Assert.NotEqual(TrainingHashes.Features(KnowledgeBase.Default, LanguageProfile.English), TrainingHashes.Features(withExtraTrigger, LanguageProfile.English));
    }

    [Fact]
    public void The_feature_fingerprint_changes_with_the_language_lists_the_features_read()
    {
        using var folder = new Cli.TempFolder();
        folder.File("korean-family-names.txt", "Zeng\n");
        var language = LanguageProfile.FromFolder(folder.Path);
        Assert.NotEqual(TrainingHashes.Features(KnowledgeBase.Default, LanguageProfile.English), TrainingHashes.Features(KnowledgeBase.Default, language));
    }

    [Fact]
    public void The_shipped_weights_are_those_of_the_mlnet_models()
    {
        foreach (var (zip, weights) in new[] { (ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights), (ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights) })
        {
            var ml = new MLContext(DefaultSeed);
            var model = ml.Model.Load(Path.Combine(Models, zip), out _);
            var parameters = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)model).Model;
            VBuffer<float>[] byClass = [];
            parameters.GetWeights(ref byClass, out var classes);
            var shipped = LinearModel.Read(File.ReadAllBytes(Path.Combine(Models, weights)), weights, zip == ModelFiles.EntityTagger ? BioTags.Names : EventLabels.ClassNames);
            Assert.Equal(classes, shipped.Classes.Count);

            // Probe features that carry weight: each alone, and all of them together.
            var weighted = Enumerable.Range(0, FeatureHasher.Dimension)
                .Where(f => byClass.Any(w => w.GetItemOrDefault(f) != 0))
                .Where((_, i) => i % 97 == 0)
                .Take(40)
                .ToArray();
            Assert.True(weighted.Length >= 20, $"{zip}: only {weighted.Length} weighted features to probe");
            var biases = parameters.GetBiases().ToArray();
            foreach (var probe in weighted.Select(f => new[] { f }).Append(weighted))
            {
                var fromShipped = new float[classes];
                shipped.Predict(probe, fromShipped);
                var scores = Enumerable.Range(0, classes).Select(c => biases[c] + probe.Sum(f => byClass[c].GetItemOrDefault(f))).ToArray();
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                for (var c = 0; c < classes; c++)
                {
                    Assert.Equal(exp[c] / exp.Sum(), fromShipped[c], 4);
                }
            }
        }
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public void Retraining_on_the_committed_data_makes_the_same_decisions_as_the_committed_models()
    {
        using var retrained = new Cli.TempFolder();
        output.WriteLine("retraining on training-data/ (about a minute and a half)");
        var (code, _, error) = Cli.CliRunner.Run(null, "train", "--data", RepoPaths.TrainingData, "--out", retrained.Path);
        Assert.True(code == 0, error);

        var committedCard = ModelCard.Read(Path.Combine(Models, ModelFiles.Card))!;
        var retrainedCard = ModelCard.Read(Path.Combine(retrained.Path, ModelFiles.Card))!;
        Assert.True(committedCard.EntityTagger.Trainer == retrainedCard.EntityTagger.Trainer, $"retraining chose another entity trainer: {Stale}.");
        Assert.True(committedCard.EventClassifier.Trainer == retrainedCard.EventClassifier.Trainer, $"retraining chose another event trainer: {Stale}.");
        Assert.True(committedCard.Combination == retrainedCard.Combination, $"retraining tuned another combination ({retrainedCard.Combination}): {Stale}.");

        var committed = new ExtractorBuilder().WithModels(Models).Build();
        var fresh = new ExtractorBuilder().WithModels(retrained.Path).Build();
        var errors = new List<FormatError>();
        int mentions = 0, mentionsDiffering = 0, events = 0, eventsDiffering = 0;
        foreach (var document in Corpus.Read(RepoPaths.TrainingData, errors))
        {
            var a = committed.Extract(document.Text);
            var b = fresh.Extract(document.Text);
            var (mentionsA, mentionsB) = (a.Mentions.Select(m => (m.Type, m.Start, m.End)).ToHashSet(), b.Mentions.Select(m => (m.Type, m.Start, m.End)).ToHashSet());
            var (eventsA, eventsB) = (a.Events.Select(e => (e.Type, e.Start, e.End)).ToHashSet(), b.Events.Select(e => (e.Type, e.Start, e.End)).ToHashSet());
            mentions += mentionsA.Union(mentionsB).Count();
            mentionsDiffering += mentionsA.Union(mentionsB).Count() - mentionsA.Intersect(mentionsB).Count();
            events += eventsA.Union(eventsB).Count();
            eventsDiffering += eventsA.Union(eventsB).Count() - eventsA.Intersect(eventsB).Count();
        }

        Assert.Empty(errors);
        output.WriteLine($"decided differently: {mentionsDiffering} of {mentions} mentions, {eventsDiffering} of {events} event triggers");
        Assert.True(mentionsDiffering <= MentionTolerance * mentions, $"{mentionsDiffering} of {mentions} mentions differ from the committed models': {Stale}.");
        Assert.True(eventsDiffering <= EventTolerance * events, $"{eventsDiffering} of {events} event triggers differ from the committed models': {Stale}.");
    }

    [Fact]
    public void The_default_extractor_runs_the_shipped_models()
    {
        var names = Extractor.CreateDefault().Components.Select(c => c.Name).ToArray();
        Assert.Contains("entity-tagger", names);
        Assert.Contains("event-classifier", names);
    }
}
