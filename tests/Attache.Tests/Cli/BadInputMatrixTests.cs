using System.Text;

namespace Attache.Tests.Cli;

/// <summary>
/// The same bad inputs for every verb that reads article text: each is reported with its file (and
/// line where there is one), exit code 1, and the good inputs beside it are still used.
/// </summary>
public class BadInputMatrixTests
{
    public static TheoryData<string, byte[], string> BadTexts => new()
    {
        { "empty", [], "the text is empty" },
        { "nul", [.. Encoding.UTF8.GetBytes("Kim met Xi.\nThen\0"), 0x41], ":2: binary content" },
        { "invalid-utf8", [.. Encoding.UTF8.GetBytes("Kim\nmet\n"), 0xC3, 0x28], ":3: invalid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Corpus_verbs_name_a_bad_text_file_and_train_writes_nothing(string name, byte[] bytes, string message)
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var seed in RepoPaths.SeedFiles.Take(2))
        {
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
            File.Copy(Path.ChangeExtension(seed, ".ann"), Path.Combine(corpus, Path.GetFileNameWithoutExtension(seed) + ".ann"));
        }

        var bad = Path.Combine(corpus, name + ".txt");
        File.WriteAllBytes(bad, bytes);
        File.WriteAllText(Path.ChangeExtension(bad, ".ann"), string.Empty);
        var models = Path.Combine(folder.Path, "models");

        foreach (var args in new[]
                 {
                     new[] { "validate", corpus },
                     ["stats", corpus],
                     ["evaluate", "--gold", corpus],
                     ["train", "--data", corpus, "--out", models],
                 })
        {
            var (code, _, error) = CliRunner.Run(null, args);
            Assert.True(code == 1, $"{args[0]} exited {code}: {error}");
            Assert.Contains(bad + (message.StartsWith(':') ? message : ": " + message), error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(models) && Directory.EnumerateFiles(models).Any(), "train wrote models from invalid data");
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Bench_names_a_bad_file_and_measures_the_good_ones(string name, byte[] bytes, string message)
    {
        using var folder = new TempFolder();
        var bad = folder.File(name + ".txt", bytes);
        var good = folder.File("good.txt", "Kim Jong Un met Xi Jinping in Beijing on Monday.");

        var (code, output, error) = CliRunner.Run(null, "bench", bad, good, "--words", "200", "--warmup", "0");

        Assert.Equal(1, code);
        Assert.Contains(bad + (message.StartsWith(':') ? message : ": " + message), error, StringComparison.Ordinal);
        Assert.Contains("words/s", output, StringComparison.Ordinal);
    }
}
