using System.Text;
using System.Text.Json;
using Attache.Tests.Cli;

namespace Attache.Tests;

/// <summary>
/// Inputs far beyond any article: they must finish (every per-sentence and per-mention step is
/// linear) and keep the offset guarantees. Speed itself is measured by the benchmarks, not here.
/// </summary>
public class LargeInputTests
{
    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public void A_ten_megabyte_single_line_is_extracted_with_exact_offsets()
    {
        var line = string.Join(' ', RepoPaths.SeedFiles.Select(f => File.ReadAllText(f).ReplaceLineEndings(" ")));
        var text = Repeat(line, 10_000_000, " ");
        Assert.DoesNotContain('\n', text);

        var document = Extractor.CreateDefault().Extract(text);

        // every seed repetition yields its officials: a whole line is never dropped as boilerplate
        Assert.True(document.Mentions.Count(m => m.Type == Documents.MentionType.Official) > text.Length / line.Length * 10);
        Assert.All(document.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
        Assert.All(document.Events, e => Assert.Equal(text[e.Start..e.End], e.TriggerText));
        Assert.All(document.Sentences, s => Assert.True(s.TokenCount <= 200 + 1));
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public void A_fifty_megabyte_article_with_no_sentence_ends_goes_through_the_cli()
    {
        // feed junk: long lines of random base64 words, with a real article every few thousand lines
        var random = new Random(7);
        var article = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "004_f8ac76f2c6776053.txt"));
        var builder = new StringBuilder(50_100_000);
        var articles = 0;
        for (var lines = 1; builder.Length < 50_000_000; lines++)
        {
            for (var w = random.Next(5, 30); w > 0; w--)
            {
                builder.Append(Convert.ToBase64String(RandomBytes(random, random.Next(4, 12)))).Append(' ');
            }

            builder.Append('\n');
            if (lines % 5000 == 0)
            {
                builder.Append(article).Append('\n');
                articles++;
            }
        }

        using var folder = new TempFolder();
        var path = folder.File("big.txt", builder.ToString());
        var (code, output, error) = CliRunner.Run(null, "extract", path, "--format", "jsonl");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var officials = json.RootElement.GetProperty("mentions").EnumerateArray().Count(m => m.GetProperty("type").GetString() == "Official");
        Assert.True(officials >= articles * 5, $"{officials} official mentions in {articles} copies of the article");
    }

    /// <summary>
    /// Dense documents cost about the same per character at 0.5 and 4 MB: a stage that is quadratic in the
    /// sentences, mentions or events of a document (the event classifier once filtered every event per
    /// sentence) would make the larger one eight times dearer per character. A ratio within one run,
    /// best of three, not a time limit; the benchmarks report the absolute figures.
    /// </summary>
    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [InlineData("Xi Jinping met Kim Jong Un in Beijing. ")]
    [InlineData("Kim Jong Un met Xi.\n")]
    [InlineData("Kim Jong Un, Xi Jinping, Moon Jae-in, Shinzo Abe, ")]
    [InlineData("Ab")] // one capitalised word of millions of letters
    public void Dense_documents_cost_the_same_per_character_at_every_size(string unit)
    {
        const int Small = 500_000;
        const int Large = 4_000_000;
        // Eight times the text: a quadratic stage would cost about eight times as much per character. The
        // bound leaves room for the garbage collector's larger heaps and for a busy machine.
        const double MaxRatio = 2.5;
        var extractor = Extractor.CreateDefault();
        extractor.Extract(Repeat(unit, Small, string.Empty)); // JIT and caches, so both sizes run warm

        var ratio = PerCharacter(extractor, Repeat(unit, Large, string.Empty)) / PerCharacter(extractor, Repeat(unit, Small, string.Empty));
        Assert.True(ratio < MaxRatio, $"per character, {Large:N0} characters cost {ratio:F2} times {Small:N0}");
    }

    private static double PerCharacter(Extractor extractor, string text)
    {
        const int Runs = 3;
        var best = double.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            // a full collection first, so that garbage of an earlier run (the 4 MB one's is large) is not
            // collected on this run's clock
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            extractor.Extract(text);
            best = Math.Min(best, watch.Elapsed.TotalSeconds / text.Length);
        }

        return best;
    }

    private static string Repeat(string unit, int length, string separator)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit).Append(separator);
        }

        return builder.ToString();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
