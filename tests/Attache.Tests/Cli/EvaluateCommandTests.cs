using System.Text.Json;

namespace Attache.Tests.Cli;

public class EvaluateCommandTests
{
    private static TempFolder Gold()
    {
        var folder = new TempFolder();
        folder.File("a.txt", "Kim Jong Un met Xi Jinping in Beijing.");
        folder.File("a.ann", "T1\tOfficial 0 11\tKim Jong Un\nT2\tOfficial 16 26\tXi Jinping\nT3\tPlace 30 37\tBeijing\nT4\tMeeting 12 15\tmet\nE1\tMeeting:T4 Participant:T1 Participant2:T2 Place:T3\nN1\tReference T1 Attache:official\tKim Jong Un\nN2\tReference T2 Attache:official\tXi Jinping\nN3\tReference T3 Attache:place\tBeijing\n");
        return folder;
    }

    [Fact]
    public void A_prediction_folder_is_scored_against_gold_as_json()
    {
        using var gold = Gold();
        using var pred = new TempFolder();
        pred.File("a.ann", "T1\tOfficial 0 11\tKim Jong Un\nT2\tPerson 16 26\tXi Jinping\nN1\tReference T1 Attache:official\tKim Jong Un\n");

        var (code, output, _) = CliRunner.Run(null, "evaluate", "--gold", gold.Path, "--pred", pred.Path, "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var strict = root.GetProperty("entities").GetProperty("strict").GetProperty("ALL");
        Assert.Equal(0.5, strict.GetProperty("precision").GetDouble());
        Assert.Equal(1.0 / 3, strict.GetProperty("recall").GetDouble(), 3);
        Assert.Equal(0.0, root.GetProperty("events").GetProperty("classification").GetProperty("f1").GetDouble());
        Assert.Contains(root.GetProperty("confusion").EnumerateArray(), c => c.GetProperty("gold").GetString() == "Official" && c.GetProperty("predicted").GetString() == "Person");
    }

    [Fact]
    public void A_missing_prediction_is_reported_and_scored_as_empty()
    {
        using var gold = Gold();
        using var pred = new TempFolder();
        var (code, output, error) = CliRunner.Run(null, "evaluate", "--gold", gold.Path, "--pred", pred.Path, "--format", "markdown");
        Assert.Equal(1, code);
        Assert.Contains("a.ann: no prediction for this gold document", error, StringComparison.Ordinal);
        Assert.Contains("| micro |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_shows_gold_and_predicted_spans_side_by_side()
    {
        using var gold = Gold();
        var (code, output, _) = CliRunner.Run(null, "evaluate", "--gold", gold.Path, "--diff", "a");
        Assert.Equal(0, code);
        Assert.StartsWith("Kim Jong Un met Xi Jinping in Beijing.\n", output, StringComparison.Ordinal);
        Assert.Contains("  ok   Official           Kim Jong Un", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_the_gold_folder_does_not_assign_is_an_error_not_an_empty_score()
    {
        using var gold = Gold();
        var (code, output, error) = CliRunner.Run(null, "evaluate", "--gold", gold.Path, "--split", "test");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no gold documents of split 'test'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "--gold", "x", "--pred", "y", "--models", "z")]
    [InlineData("evaluate", "--gold", "x", "--format", "html")]
    public void Usage_errors_give_exit_code_2(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(null, args).Code);
    }
}
