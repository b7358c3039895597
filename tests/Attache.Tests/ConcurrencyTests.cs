using Attache.Formats;

namespace Attache.Tests;

/// <summary>One <see cref="Extractor"/> shared by many threads gives exactly the sequential results.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void A_shared_extractor_under_eight_threads_matches_sequential_calls()
    {
        var texts = RepoPaths.SeedFiles
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.TrainingData, "corpus"), "*.txt").Order(StringComparer.Ordinal).Take(15))
            .Select(File.ReadAllText)
            .ToArray();
        var extractor = Extractor.CreateDefault();
        var expected = texts.Select(t => DocumentJsonWriter.ToJson(extractor.Extract(t))).ToArray();

        const int Rounds = 6;
        var actual = new string[Rounds * texts.Length];
        var threads = Enumerable.Range(0, 8).Select(worker => new Thread(() =>
        {
            // each worker walks the jobs in its own order, so different documents overlap in time
            for (var k = 0; k < actual.Length; k++)
            {
                var job = (k * 7 + worker * 13) % actual.Length;
                if (job % 8 == worker)
                {
                    actual[job] = DocumentJsonWriter.ToJson(extractor.Extract(texts[job % texts.Length]));
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        Assert.All(threads, t => Assert.True(t.Join(TimeSpan.FromMinutes(5)), "a worker did not finish"));

        for (var job = 0; job < actual.Length; job++)
        {
            Assert.Equal(expected[job % texts.Length], actual[job]);
        }
    }
}
