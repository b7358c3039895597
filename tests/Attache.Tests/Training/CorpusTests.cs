using Attache.Tests.Cli;

namespace Attache.Tests.Training;

public class CorpusTests
{
    [Fact]
    public void The_training_data_passes_validation()
    {
        var (code, _, error) = CliRunner.Run(null, "validate", RepoPaths.TrainingData);
        Assert.True(code == 0, error);
        Assert.EndsWith(" 0 problems\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_reports_schema_problems_with_file_and_line()
    {
        using var data = new TempFolder();
        data.File("x.txt", "Kim Jong Un met Xi Jinping in Beijing.");
        data.File("x.ann", string.Join('\n',
            "T1\tOfficial 0 11\tKim Jong Un",
            "T2\tPlace 30 37\tBeijing",
            "T3\tMeeting 12 15\tmet",
            "T4\tOfficial 4 11\tJong Un",
            "E1\tMeeting:T3 Participant:T2 Place:T1",
            "R1\tHasTitle Arg1:T1 Arg2:T2",
            "N1\tReference T1 Attache:official\tKim Jong Un",
            "N2\tReference T3 Attache:place\tmet",
            "N3\tReference E1 Attache:date\tyesterday",
            string.Empty));

        var (code, _, error) = CliRunner.Run(null, "validate", data.Path);

        Assert.Equal(1, code);
        var ann = Path.Combine(data.Path, "x.ann");
        Assert.Contains($"{ann}:2: T2: Place 'Beijing' has no Attache:place normalisation", error, StringComparison.Ordinal);
        Assert.Contains($"{ann}:4: T4: overlaps T1", error, StringComparison.Ordinal);
        Assert.Contains($"{ann}:5: E1: Place must be Place, not Official", error, StringComparison.Ordinal);
        Assert.Contains($"{ann}:6: R1: HasTitle Arg2 must be Title, not Place", error, StringComparison.Ordinal);
        Assert.Contains($"{ann}:8: N2: Attache:place must refer to a Place, not Meeting", error, StringComparison.Ordinal);
        Assert.Contains($"{ann}:9: N3: date 'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_show_counts_per_type_split_and_unseen_rates()
    {
        var (code, output, _) = CliRunner.Run(null, "stats", RepoPaths.TrainingData);
        Assert.Equal(0, code);
        Assert.Contains("Official", output, StringComparison.Ordinal);
        Assert.Contains("MissileLaunch", output, StringComparison.Ordinal);
        Assert.Contains("distinct officials", output, StringComparison.Ordinal);
        Assert.Contains("unseen in train (test)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_is_in_exactly_one_split_and_the_seeds_are_test()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.TrainingData, "splits.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var documents = Directory.GetFiles(RepoPaths.TrainingData, "*.ann", SearchOption.AllDirectories).Select(p => Path.GetFileNameWithoutExtension(p)!).Order().ToList();
        Assert.Equal(documents, rows.Select(r => r[0]).Order().ToList());
        Assert.All(rows.Where(r => r[2] == "seeds"), r => Assert.Equal("test", r[1]));
        var share = rows.Count(r => r[1] == "train") / (double)rows.Count;
        Assert.InRange(share, 0.6, 0.8);
    }
}
