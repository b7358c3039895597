using Attache.Evaluation;
using Attache.Formats;

namespace Attache.Tests.Evaluation;

public class ScorerTests
{
    private const string Text = "Kim Jong Un met Xi Jinping in Beijing on Monday.";

    private static EvalDocument Doc(params (string Type, int Start, int End, string? Norm)[] spans)
    {
        var brat = new BratDocument(
            spans.Select((s, i) => new BratSpan($"T{i + 1}", s.Type, s.Start, s.End, Text[s.Start..s.End])).ToArray(),
            [],
            [],
            spans.Select((s, i) => (s, i)).Where(x => x.s.Norm is not null)
                .Select((x, k) => new BratNormalization($"N{k + 1}", $"T{x.i + 1}", x.s.Type == "Official" ? "Attache:official" : "Attache:place", x.s.Norm!))
                .ToArray());
        return EvalDocument.From("d", Text, brat);
    }

    [Fact]
    public void Exact_matches_score_one_in_every_mode()
    {
        var gold = Doc(("Official", 0, 11, "Kim Jong Un"), ("Official", 16, 26, "Xi Jinping"), ("Place", 30, 37, "Beijing"));
        var report = Scorer.Score([(gold, gold)]);
        foreach (var mode in EvaluationReport.Modes)
        {
            Assert.Equal(1.0, report.Entities[mode]["ALL"].F1);
        }

        Assert.Equal((3, 3), (report.Normalisation["Official"].Correct + report.Normalisation["Place"].Correct, report.Normalisation["Official"].Total + report.Normalisation["Place"].Total));
    }

    [Fact]
    public void Partial_overlaps_and_type_confusions_follow_semeval_2013()
    {
        // gold: Official "Kim Jong Un", Official "Xi Jinping", Place "Beijing"
        // pred: Official "Kim Jong" (partial), Person "Xi Jinping" (wrong type, exact span), Place "Monday" (spurious); Beijing missed
        var gold = Doc(("Official", 0, 11, null), ("Official", 16, 26, null), ("Place", 30, 37, null));
        var predicted = Doc(("Official", 0, 8, null), ("Person", 16, 26, null), ("Place", 41, 47, null));
        var report = Scorer.Score([(gold, predicted)]);

        Assert.Equal(new Counts(0, 2, 0, 1, 1), report.Entities["strict"]["ALL"]);
        Assert.Equal(new Counts(1, 1, 0, 1, 1), report.Entities["exact"]["ALL"]);
        Assert.Equal(new Counts(1, 0, 1, 1, 1), report.Entities["partial"]["ALL"]);
        Assert.Equal(new Counts(1, 1, 0, 1, 1), report.Entities["type"]["ALL"]);
        Assert.Equal(0.5, report.Entities["partial"]["ALL"].Precision, 6);
        Assert.Equal(1.5 / 3, report.Entities["partial"]["ALL"].Recall, 6);
        Assert.Equal(1, report.Confusion[("Official", "Person")]);
        Assert.Equal(1, report.Confusion[("none", "Place")]);
        Assert.Equal(1, report.Confusion[("Place", "none")]);
    }

    [Fact]
    public void Per_type_scores_and_macro_average()
    {
        var gold = Doc(("Official", 0, 11, null), ("Place", 30, 37, null));
        var predicted = Doc(("Official", 0, 11, null));
        var report = Scorer.Score([(gold, predicted)]);
        Assert.Equal(1.0, report.Entities["strict"]["Official"].F1);
        Assert.Equal(0.0, report.Entities["strict"]["Place"].F1);
        Assert.Equal(0.5, report.MacroF1("strict"));
        Assert.Equal(2.0 / 3, report.Entities["strict"]["ALL"].F1, 6);
    }

    [Fact]
    public void Wrong_canonical_names_lower_normalisation_accuracy()
    {
        var gold = Doc(("Official", 0, 11, "Kim Jong Un"));
        var predicted = Doc(("Official", 0, 11, "Kim Jong Il"));
        var report = Scorer.Score([(gold, predicted)]);
        Assert.Equal((0, 1), report.Normalisation["Official"]);
        Assert.Equal(new Counts(0, 0, 0, 1, 1), report.DocumentSets["officials"]);
    }

    [Fact]
    public void Event_triggers_score_identification_and_classification_by_overlap()
    {
        var gold = new BratDocument([new BratSpan("T1", "Meeting", 12, 15, "met")], [], [new BratEvent("E1", "Meeting", "T1", [])], []);
        var wrongType = new BratDocument([new BratSpan("T1", "Visit", 12, 15, "met")], [], [new BratEvent("E1", "Visit", "T1", [])], []);
        var report = Scorer.Score([(EvalDocument.From("d", Text, gold), EvalDocument.From("d", Text, wrongType))]);
        Assert.Equal(1.0, report.Events["identification"].F1);
        Assert.Equal(0.0, report.Events["classification"].F1);
    }
}
