using Attache.Cli;
using Attache.Models;
using Attache.Tests.Cli;

namespace Attache.Tests.Training;

public class TrainingTests
{
    /// <summary>A small corpus: the first corpus documents of the train and dev splits.</summary>
    private static string SmallCorpus(TempFolder folder)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TrainingData, "splits.tsv"));
        var chosen = lines.Skip(1).Select(l => l.Split('\t')).Where(f => f[2] == "corpus")
            .GroupBy(f => f[1]).Where(g => g.Key != "test").SelectMany(g => g.Take(g.Key == "train" ? 6 : 2)).ToList();
        foreach (var fields in chosen)
        {
            foreach (var ext in new[] { ".txt", ".ann" })
            {
                File.Copy(Path.Combine(RepoPaths.TrainingData, "corpus", fields[0] + ext), Path.Combine(folder.Path, fields[0] + ext));
            }
        }

        File.WriteAllLines(Path.Combine(folder.Path, "splits.tsv"), [lines[0], .. chosen.Select(f => string.Join('\t', f))]);
        return folder.Path;
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public void The_same_data_and_seed_give_byte_identical_models()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        var corpus = SmallCorpus(data);
        var first = Path.Combine(output.Path, "a");
        var second = Path.Combine(output.Path, "b");

        Assert.Equal(0, CliRunner.Run(null, "train", "--data", corpus, "--out", first).Code);
        Assert.Equal(0, CliRunner.Run(null, "train", "--data", corpus, "--out", second).Code);

        foreach (var name in new[] { ModelFiles.Card, ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights, ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, name))), $"{name} differs between two runs");
        }

        // and the models load and run from the folder
        var (code, outputJson, _) = CliRunner.Run("Vice Foreign Minister Pak Myong Ho met Chinese Vice Premier Liu Guozhong in Beijing.", "extract", "--models", first);
        Assert.Equal(0, code);
        Assert.Contains("\"mentions\"", outputJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_refuses_invalid_data_and_names_every_problem()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        data.File("a.txt", "Kim Jong Un met Xi Jinping.");
        data.File("a.ann", "T1\tOfficial 0 11\tKim Jong Un\nT2\tOfficial 16 26\tXi Jinpin\nT3\tMonster 0 3\tKim\nN1\tReference T1 Attache:official\tKim Jong Un\n");
        data.File("b.ann", "T1\tPlace 0 3\tSeoul\n");

        var (code, _, error) = CliRunner.Run(null, "train", "--data", data.Path, "--out", output.Path);

        Assert.Equal(1, code);
        Assert.Contains("a.ann:2:", error, StringComparison.Ordinal);
        Assert.Contains("a.ann:3:", error, StringComparison.Ordinal);
        Assert.Contains("b.ann: no text file", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path));
    }
}
