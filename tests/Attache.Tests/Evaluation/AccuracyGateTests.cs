using System.Text.Json;
using Attache.Evaluation;
using Attache.Formats;
using Attache.Training;

namespace Attache.Tests.Evaluation;

/// <summary>
/// The shipped extractor, scored on the test split (never used for training or tuning), must stay at
/// or above the thresholds in <c>accuracy-thresholds.json</c>: every regression turns CI red.
/// Raise the thresholds as the models improve.
/// </summary>
public class AccuracyGateTests
{
    [Fact]
    public void The_shipped_extractor_meets_the_accuracy_thresholds_on_the_test_split()
    {
        var thresholds = JsonSerializer.Deserialize<Dictionary<string, double>>(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Attache.Tests", "Evaluation", "accuracy-thresholds.json")))!;
        var errors = new List<FormatError>();
        var test = Corpus.Read(RepoPaths.TrainingData, errors).Where(d => d.Split == "test").ToList();
        Assert.Empty(errors);
        Assert.NotEmpty(test);
        var dates = CorpusDates.Read(RepoPaths.TrainingData);
        var extractor = Extractor.CreateDefault();
        var report = Scorer.Score(test.Select(d => (
            EvalDocument.From(d.Id, d.Text, d.Annotations),
            EvalDocument.From(d.Id, d.Text, BratConverter.FromDocument(extractor.Extract(d.Text, new ExtractOptions { Id = d.Id, Published = dates.TryGetValue(d.Id, out var date) ? date : null }))))));

        var measured = new Dictionary<string, double>
        {
            ["entities strict micro F1"] = report.Entities[MatchMode.Strict][EvaluationReport.AllTypes].F1,
            ["entities overlap micro F1"] = report.Entities[MatchMode.Type][EvaluationReport.AllTypes].F1,
            ["official strict F1"] = report.Entities[MatchMode.Strict]["Official"].F1,
            ["place strict F1"] = report.Entities[MatchMode.Strict]["Place"].F1,
            ["title strict F1"] = report.Entities[MatchMode.Strict]["Title"].F1,
            ["HasTitle F1"] = report.Relations.GetValueOrDefault("HasTitle", Counts.Zero).F1,
            ["event classification F1"] = report.Events["classification"].F1,
            ["official normalisation accuracy"] = report.Normalisation["Official"].Correct / (double)report.Normalisation["Official"].Total,
        };
        var failures = thresholds.Where(t => measured[t.Key] < t.Value).Select(t => $"{t.Key}: {measured[t.Key]:0.000} < {t.Value:0.000}").ToList();
        Assert.True(failures.Count == 0, "Below threshold: " + string.Join("; ", failures));
    }
}
