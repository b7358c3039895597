using System.Diagnostics;
using System.Text;
using Attache.Formats;

namespace Attache.Tests;

/// <summary>
/// Cancellation reaches into the article in flight: every long stage looks at the draft's token inside its
/// loops, and <see cref="Extractor.ExtractMany"/> stops well before a huge article would have finished.
/// </summary>
[Collection(TimedAlone.Name)]
public class CancellationTests
{
    /// <summary>One dense meeting sentence, the worst case for every stage (names, titles, events in each).</summary>
    private const string DenseSentence = "Kim Jong Un met Xi Jinping in Beijing. ";

    /// <summary>
    /// The stages whose work grows with the article. Each must notice a cancelled token by itself, since the
    /// extractor's own check between stages waits for the stage in flight to finish.
    /// </summary>
    public static TheoryData<string> LongStages() =>
        ["tokenizer", "lexicon", "entity-rules", "entity-tagger", "merger", "overlaps", "linker", "event-rules", "event-classifier", "event-dates"];

    [Theory]
    [MemberData(nameof(LongStages))]
    public void A_long_stage_stops_on_a_cancelled_token(string stage)
    {
        var components = Extractor.CreateDefault().Components;
        var target = components.Single(c => c.Name == stage);
        using var cancellation = new CancellationTokenSource();
        var draft = new DocumentDraft("d", string.Concat(Enumerable.Repeat(DenseSentence, 20)), null, cancellation.Token);
        foreach (var component in components.TakeWhile(c => c != target))
        {
            component.Process(draft);
        }

        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => target.Process(draft));
    }

    [Fact]
    public void An_uncancelled_token_changes_nothing()
    {
        var text = string.Concat(Enumerable.Repeat(DenseSentence, 50));
        var extractor = Extractor.CreateDefault();
        using var cancellation = new CancellationTokenSource();
        var batch = extractor.ExtractMany([new Article(text, "d")], new BatchOptions { MaxDegreeOfParallelism = 2 }, cancellation.Token).Single();
        Assert.Equal(DocumentJsonWriter.ToJson(extractor.Extract(text, new ExtractOptions { Id = "d" })), DocumentJsonWriter.ToJson(batch));
    }

    /// <summary>
    /// A 4 MB article of dense sentences (several seconds of work): cancelled at several points of its run, on one
    /// thread and on two, <see cref="Extractor.ExtractMany"/> throws within a tenth of the article's uncancelled time
    /// measured in the same run (before stages checked the token, the wait was the rest of the article, at
    /// least half of it here). A ratio, not a time limit.
    /// </summary>
    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [InlineData(1)]
    [InlineData(2)]
    public void ExtractMany_stops_within_a_fraction_of_a_huge_article(int threads)
    {
        const int Length = 4_000_000;
        const double MaxLatencyShare = 0.1;
        double[] cancelAt = [0.1, 0.3, 0.5];
        var builder = new StringBuilder(Length + DenseSentence.Length);
        while (builder.Length < Length)
        {
            builder.Append(DenseSentence);
        }

        var article = new Article(builder.ToString(), "dense");
        var extractor = Extractor.CreateDefault();
        var options = new BatchOptions { MaxDegreeOfParallelism = threads };
        Assert.Single(extractor.ExtractMany([new Article(DenseSentence, "warm")], options));

        // The best of two uncancelled runs, so that no later run finishes before the points it is cancelled at.
        var whole = TimeSpan.MaxValue;
        for (var run = 0; run < 2; run++)
        {
            var watch = Stopwatch.StartNew();
            Assert.Single(extractor.ExtractMany([article], options));
            whole = TimeSpan.FromTicks(Math.Min(whole.Ticks, watch.Elapsed.Ticks));
        }

        foreach (var share in cancelAt)
        {
            using var cancellation = new CancellationTokenSource();
            var run = Task.Run(() => extractor.ExtractMany([article], options, cancellation.Token).ToList());
            Thread.Sleep(whole * share);
            var cancelled = Stopwatch.StartNew();
            cancellation.Cancel();
            var error = Record.Exception(() => run.GetAwaiter().GetResult());
            var latency = cancelled.Elapsed;

            Assert.True(error is OperationCanceledException, $"cancelled at {share:P0} of a {whole.TotalSeconds:F2} s article, it ended with {error?.GetType().Name ?? "the document"}");
            Assert.True(
                latency < whole * MaxLatencyShare,
                $"cancelled at {share:P0} of a {whole.TotalSeconds:F2} s article, it stopped after {latency.TotalSeconds:F3} s");
        }
    }
}
