using Attache.Models;
using Attache.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Attache.Tests.Training;

/// <summary>The committed models must be the ones the committed data and knowledge give.</summary>
public class ModelFreshnessTests
{
    private static readonly string Models = Path.Combine(RepoPaths.Root, "models");

    [Fact]
    public void The_model_card_matches_the_training_data_and_knowledge_files()
    {
        var card = ModelCard.Read(Path.Combine(Models, ModelFiles.Card));
        Assert.NotNull(card);
        Assert.True(
            card.DataHash == TrainingHashes.Data(RepoPaths.TrainingData),
            "training-data/ changed since the models were trained: run `dotnet run --project src/Attache.Cli -c Release -- train` and commit models/.");
        Assert.True(
            card.KnowledgeHash == TrainingHashes.Knowledge(),
            "The knowledge files or features changed since the models were trained: retrain and commit models/.");
    }

    [Fact]
    public void The_shipped_weights_are_those_of_the_mlnet_models()
    {
        foreach (var (zip, weights) in new[] { (ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights), (ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights) })
        {
            var ml = new MLContext(1);
            var model = ml.Model.Load(Path.Combine(Models, zip), out _);
            var parameters = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)model).Model;
            VBuffer<float>[] byClass = [];
            parameters.GetWeights(ref byClass, out var classes);
            using var stream = File.OpenRead(Path.Combine(Models, weights));
            var shipped = LinearModel.Read(stream, weights);
            Assert.Equal(classes, shipped.Classes.Count);

            // Score a few feature sets with both and compare.
            var probe = new[] { 11, 5_000, 65_536, 200_000 };
            var fromShipped = new float[classes];
            shipped.Predict(probe, fromShipped);
            var biases = parameters.GetBiases().ToArray();
            var scores = Enumerable.Range(0, classes).Select(c => biases[c] + probe.Sum(f => byClass[c].GetItemOrDefault(f))).ToArray();
            var max = scores.Max();
            var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
            for (var c = 0; c < classes; c++)
            {
                Assert.Equal(exp[c] / exp.Sum(), fromShipped[c], 4);
            }
        }
    }

    [Fact]
    public void Retraining_on_the_committed_data_reproduces_the_committed_model_bytes()
    {
        using var output = new Cli.TempFolder();
        var (code, _, error) = Cli.CliRunner.Run(null, "train", "--data", RepoPaths.TrainingData, "--out", output.Path);
        Assert.True(code == 0, error);
        foreach (var name in new[] { ModelFiles.Card, ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights, ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(Models, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(output.Path, name))),
                $"models/{name} is not what training on training-data/ gives: retrain and commit models/.");
        }
    }

    [Fact]
    public void The_default_extractor_runs_the_shipped_models()
    {
        var names = Extractor.CreateDefault().Components.Select(c => c.Name).ToArray();
        Assert.Contains("entity-tagger", names);
        Assert.Contains("event-classifier", names);
    }
}
