using Attache.Evaluation;
using Attache.Formats;
using Attache.Models;
using Attache.Text;

namespace Attache.Training;

/// <summary>
/// Tunes how rules and models combine on dev with the full scorer: first the entity policy and threshold
/// (strict F1), then, with the best of those, the event policy and threshold (classification F1); and
/// scores rules alone, models alone and the chosen combination for the model card.
/// </summary>
/// <param name="progress">Where each setting's dev score is printed.</param>
/// <param name="language">The language lists the models were trained with; the rules read the same ones.</param>
internal sealed class CombinationTuner(TextWriter progress, LanguageProfile language)
{
    /// <summary>Dev F1 differences smaller than this are ties in tuning (see <see cref="FirstNearBest"/>).</summary>
    private const double TuningTieMargin = 0.002;

    private static readonly float[] EntityThresholds = [0.3f, 0.5f, 0.7f];
    // Highest first: in a near-tie the grid's first setting wins, and for events that is the one adding the
    // fewest model-only triggers, nearest the rules alone (the first candidate) and their precision.
    private static readonly float[] EventThresholds = [0.8f, 0.6f, 0.4f];
    private static readonly EntityPolicy[] EntityPolicies = [EntityPolicy.RulesFirst, EntityPolicy.ModelFirst, EntityPolicy.ModelWins];
    private static readonly EventPolicy[] EventPolicies = [EventPolicy.Union, EventPolicy.Filter];

    /// <summary>The best combination on dev, and the dev scores of rules alone, models alone and that combination.</summary>
    public (CombinationSettings Best, Dictionary<string, Dictionary<string, double>> Scores) Tune(LinearModel tagger, LinearModel events, List<CorpusDocument> dev, string dataDirectory)
    {
        var models = new ModelSet(tagger, events, CombinationSettings.RulesOnly);
        var dates = CorpusDates.Read(dataDirectory);
        EvaluationReport Score(CombinationSettings settings)
        {
            var extractor = new ExtractorBuilder().WithLanguage(language).WithModels(models).WithCombination(settings).Build();
            return Scorer.Score(dev.Select(d => (
                EvalDocument.From(d.Id, d.Text, d.Annotations),
                EvalDocument.From(d.Id, d.Text, BratConverter.FromDocument(extractor.Extract(d.Text, new ExtractOptions { Id = d.Id, Published = dates.TryGetValue(d.Id, out var date) ? date : null }))))));
        }

        var entityCandidates = new List<(CombinationSettings Settings, double F1)>();
        foreach (var policy in EntityPolicies)
        {
            foreach (var threshold in EntityThresholds)
            {
                var settings = new CombinationSettings(policy, threshold, EventPolicy.RulesOnly, 1);
                var f1 = Score(settings).Entities[MatchMode.Strict].GetValueOrDefault(EvaluationReport.AllTypes, Counts.Zero).F1;
                progress.WriteLine($"      entities {policy} >= {threshold}: dev strict F1 {f1:0.0000}");
                entityCandidates.Add((settings, f1));
            }
        }

        var bestEntity = FirstNearBest(entityCandidates);
        var eventCandidates = new List<(CombinationSettings Settings, double F1)> { (bestEntity, Score(bestEntity).Events.GetValueOrDefault("classification", Counts.Zero).F1) };
        foreach (var policy in EventPolicies)
        {
            foreach (var threshold in EventThresholds)
            {
                var settings = bestEntity with { EventPolicy = policy, EventThreshold = threshold };
                var f1 = Score(settings).Events.GetValueOrDefault("classification", Counts.Zero).F1;
                progress.WriteLine($"      events {policy} >= {threshold}: dev classification F1 {f1:0.0000}");
                eventCandidates.Add((settings, f1));
            }
        }

        var best = FirstNearBest(eventCandidates);
        var scores = new Dictionary<string, Dictionary<string, double>>
        {
            ["rules"] = Summary(Score(CombinationSettings.RulesOnly)),
            ["model"] = Summary(Score(best.ToModelOnly())),
            ["combined"] = Summary(Score(best)),
        };
        return (best, scores);
    }

    /// <summary>
    /// The first setting, in grid order, whose dev F1 is within <see cref="TuningTieMargin"/> of the best:
    /// weights differ in their last bits between machines, and a near-tie must not flip the policy.
    /// </summary>
    private static CombinationSettings FirstNearBest(List<(CombinationSettings Settings, double F1)> candidates)
    {
        var best = candidates.Max(c => c.F1);
        return candidates.First(c => c.F1 >= best - TuningTieMargin).Settings;
    }

    private static Dictionary<string, double> Summary(EvaluationReport report)
    {
        var summary = report.Entities[MatchMode.Strict].ToDictionary(kv => "strict F1 " + kv.Key, kv => Math.Round(kv.Value.F1, 4));
        foreach (var (type, counts) in report.Entities[MatchMode.Type])
        {
            summary["overlap F1 " + type] = Math.Round(counts.F1, 4);
        }

        summary["event classification F1"] = Math.Round(report.Events.GetValueOrDefault("classification", Counts.Zero).F1, 4);
        return summary;
    }
}
