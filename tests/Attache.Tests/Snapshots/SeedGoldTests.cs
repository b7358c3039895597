using Attache.Formats;

namespace Attache.Tests.Snapshots;

/// <summary>
/// What proves the seeds right: the default extractor's brat output against the seeds' gold. Every
/// entity mention (exact span and type), every HasTitle pair and every event (type, overlapping trigger)
/// must agree, except the differences listed in <c>seed-gold-differences.tsv</c>; a listed difference
/// that no longer occurs fails too, so the list only ever shrinks deliberately. (The JSON snapshots
/// beside this test detect change; they do not say whether the output is right.)
/// </summary>
public class SeedGoldTests
{
    private static readonly string Accepted = Path.Combine(RepoPaths.Root, "tests", "Attache.Tests", "Snapshots", "seed-gold-differences.tsv");

    [Fact]
    public void The_seeds_output_matches_their_gold_but_for_the_listed_differences()
    {
        var extractor = Extractor.CreateDefault();
        var dates = Attache.Training.CorpusDates.Read(RepoPaths.TrainingData);
        var differences = new List<string>();
        foreach (var file in RepoPaths.SeedFiles)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var errors = new List<FormatError>();
            var gold = BratReader.Parse(File.ReadAllText(Path.ChangeExtension(file, ".ann")), text, file, errors);
            Assert.Empty(errors);
            var predicted = BratConverter.FromDocument(extractor.Extract(text, new ExtractOptions { Id = id, Published = dates.GetValueOrDefault(id) }));
            differences.AddRange(Differences(id, gold, predicted));
        }

        var accepted = File.ReadAllLines(Accepted).Skip(1).Where(l => l.Length > 0).Select(l => string.Join('\t', l.Split('\t').Take(5))).ToList();
        var unexpected = differences.Except(accepted).ToList();
        var gone = accepted.Except(differences).ToList();
        Assert.True(
            unexpected.Count == 0 && gone.Count == 0,
            $"New differences from the seed gold:\n{string.Join('\n', unexpected)}\nListed differences that no longer occur (remove them from {Accepted}):\n{string.Join('\n', gone)}");
    }

    /// <summary>One line per difference: seed, what (missed or extra), kind, type, text.</summary>
    private static IEnumerable<string> Differences(string id, BratDocument gold, BratDocument predicted)
    {
        static HashSet<string> Triggers(BratDocument d) => d.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        static IEnumerable<BratSpan> Entities(BratDocument d) => d.Spans.Where(s => !Triggers(d).Contains(s.Id));
        static IEnumerable<(string Type, BratSpan Trigger)> Events(BratDocument d) => d.Events.Select(e => (e.Type, d.Spans.Single(s => s.Id == e.Trigger)));
        static IEnumerable<string> Titles(BratDocument d) => d.Relations.Where(r => r.Type == "HasTitle")
            .Select(r => $"{d.Spans.Single(s => s.Id == r.Arg1).Text} -> {d.Spans.Single(s => s.Id == r.Arg2).Text}");

        var goldEntities = Entities(gold).Select(s => (s.Type, s.Start, s.End, s.Text)).ToHashSet();
        var predictedEntities = Entities(predicted).Select(s => (s.Type, s.Start, s.End, s.Text)).ToHashSet();
        foreach (var s in goldEntities.Except(predictedEntities).OrderBy(s => s.Start))
        {
            yield return $"{id}\tmissed\tentity\t{s.Type}\t{s.Text}";
        }

        foreach (var s in predictedEntities.Except(goldEntities).OrderBy(s => s.Start))
        {
            yield return $"{id}\textra\tentity\t{s.Type}\t{s.Text}";
        }

        foreach (var t in Titles(gold).Except(Titles(predicted)).Order(StringComparer.Ordinal))
        {
            yield return $"{id}\tmissed\tHasTitle\tHasTitle\t{t}";
        }

        foreach (var t in Titles(predicted).Except(Titles(gold)).Order(StringComparer.Ordinal))
        {
            yield return $"{id}\textra\tHasTitle\tHasTitle\t{t}";
        }

        static bool Matches((string Type, BratSpan Trigger) a, IEnumerable<(string Type, BratSpan Trigger)> others) =>
            others.Any(b => b.Type == a.Type && b.Trigger.Start < a.Trigger.End && a.Trigger.Start < b.Trigger.End);

        foreach (var e in Events(gold).Where(e => !Matches(e, Events(predicted))).OrderBy(e => e.Trigger.Start))
        {
            yield return $"{id}\tmissed\tevent\t{e.Type}\t{e.Trigger.Text}";
        }

        foreach (var e in Events(predicted).Where(e => !Matches(e, Events(gold))).OrderBy(e => e.Trigger.Start))
        {
            yield return $"{id}\textra\tevent\t{e.Type}\t{e.Trigger.Text}";
        }
    }
}
