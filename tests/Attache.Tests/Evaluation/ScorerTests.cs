using System.Text.Json;
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
            Assert.Equal(1.0, report.Entities[mode][EvaluationReport.AllTypes].F1);
        }

        Assert.Equal((3, 3), (report.Normalisation["Official"].Correct + report.Normalisation["Place"].Correct, report.Normalisation["Official"].Total + report.Normalisation["Place"].Total));
    }

    [Fact]
    public void The_json_report_names_the_modes_and_the_all_types_row_as_tools_read_them()
    {
        var gold = Doc(("Official", 0, 11, "Kim Jong Un"), ("Place", 30, 37, "Beijing"));
        using var json = JsonDocument.Parse(ReportWriter.Write(Scorer.Score([(gold, gold)]), ReportFormat.Json));

        var entities = json.RootElement.GetProperty("entities");
        Assert.Equal(["strict", "exact", "partial", "type"], entities.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0, entities.GetProperty("strict").GetProperty("ALL").GetProperty("f1").GetDouble());
        Assert.Equal(["strict", "exact", "partial", "type"], json.RootElement.GetProperty("macroF1").EnumerateObject().Select(p => p.Name));
        Assert.Contains("\nstrict ", ReportWriter.Write(Scorer.Score([(gold, gold)]), ReportFormat.Table), StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_overlaps_and_type_confusions_follow_semeval_2013()
    {
        // gold: Official "Kim Jong Un", Official "Xi Jinping", Place "Beijing"
        // pred: Official "Kim Jong" (partial), Person "Xi Jinping" (wrong type, exact span), Place "Monday" (spurious); Beijing missed
        var gold = Doc(("Official", 0, 11, null), ("Official", 16, 26, null), ("Place", 30, 37, null));
        var predicted = Doc(("Official", 0, 8, null), ("Person", 16, 26, null), ("Place", 41, 47, null));
        var report = Scorer.Score([(gold, predicted)]);

        Assert.Equal(new Counts(0, 2, 0, 1, 1), report.Entities[MatchMode.Strict][EvaluationReport.AllTypes]);
        Assert.Equal(new Counts(1, 1, 0, 1, 1), report.Entities[MatchMode.Exact][EvaluationReport.AllTypes]);
        Assert.Equal(new Counts(1, 0, 1, 1, 1), report.Entities[MatchMode.Partial][EvaluationReport.AllTypes]);
        Assert.Equal(new Counts(1, 1, 0, 1, 1), report.Entities[MatchMode.Type][EvaluationReport.AllTypes]);
        Assert.Equal(0.5, report.Entities[MatchMode.Partial][EvaluationReport.AllTypes].Precision, 6);
        Assert.Equal(1.5 / 3, report.Entities[MatchMode.Partial][EvaluationReport.AllTypes].Recall, 6);
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
        Assert.Equal(1.0, report.Entities[MatchMode.Strict]["Official"].F1);
        Assert.Equal(0.0, report.Entities[MatchMode.Strict]["Place"].F1);
        Assert.Equal(0.5, report.MacroF1(MatchMode.Strict));
        Assert.Equal(2.0 / 3, report.Entities[MatchMode.Strict][EvaluationReport.AllTypes].F1, 6);
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
    public void Document_lists_compare_names_across_case_hyphens_and_diacritics()
    {
        var gold = Doc(("Official", 0, 11, "Lee Jae Myung"), ("Official", 30, 37, "Ségolène Royal"));
        var predicted = Doc(("Official", 0, 11, "Lee Jae-myung"), ("Official", 30, 37, "Segolene Royal"));
        Assert.Equal(new Counts(2, 0, 0, 0, 0), Scorer.Score([(gold, predicted)]).DocumentSets["officials"]);
        Assert.NotEqual(Scorer.NameKey("Kim Jong Un"), Scorer.NameKey("Kim Jong Il"));
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
