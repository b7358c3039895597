using Attache.Documents;
using Attache.Formats;

namespace Attache.Tests;

public class ExtractorTests
{
    [Fact]
    public void The_default_extractor_is_shared_and_runs_the_text_stages_in_order()
    {
        Assert.Same(Extractor.CreateDefault(), Extractor.CreateDefault());
        var names = Extractor.CreateDefault().Components.Select(c => c.Name).ToArray();
        Assert.True(Array.IndexOf(names, "tokenizer") < Array.IndexOf(names, "sentences"));
    }

    [Fact]
    public void Options_carry_id_and_publication_date()
    {
        var document = Extractor.CreateDefault().Extract("Kim met Xi.", new ExtractOptions { Id = "x", Published = new DateOnly(2019, 6, 20) });
        Assert.Equal("x", document.Id);
        Assert.Equal(new DateOnly(2019, 6, 20), document.Published);
    }

    [Fact]
    public void Empty_and_whitespace_text_give_empty_documents()
    {
        foreach (var text in new[] { string.Empty, " \n\t\n " })
        {
            var document = Extractor.CreateDefault().Extract(text);
            Assert.Empty(document.Tokens);
            Assert.Empty(document.Sentences);
            Assert.Empty(document.Mentions);
        }
    }

    [Fact]
    public void ExtractMany_keeps_input_order_and_matches_sequential_results()
    {
        var texts = RepoPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        var articles = Enumerable.Range(0, 60).Select(i => new Article(texts[i % texts.Length], $"a{i}")).ToArray();
        var extractor = Extractor.CreateDefault();

        var parallel = extractor.ExtractMany(articles, new BatchOptions { MaxDegreeOfParallelism = 4, Window = 7 }).ToArray();
        var sequential = articles.Select(extractor.Extract).ToArray();

        Assert.Equal(articles.Select(a => a.Id), parallel.Select(d => d.Id));
        Assert.Equal(sequential.Select(d => DocumentJsonWriter.ToJson(d)), parallel.Select(d => DocumentJsonWriter.ToJson(d)));
    }

    [Fact]
    public void ExtractMany_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var produced = 0;
        IEnumerable<Article> Endless()
        {
            while (true)
            {
                produced++;
                yield return new Article("Kim met Xi.");
            }
        }

        var taken = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Extractor.CreateDefault().ExtractMany(Endless(), new BatchOptions { Window = 8 }, cancellation.Token))
            {
                if (++taken == 20)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.Equal(20, taken);
        Assert.True(produced <= 32, $"read {produced} articles ahead");
    }

    [Fact]
    public void A_user_component_can_be_inserted_between_stages()
    {
        var extractor = TextPipeline.Builder()
            .InsertAfter("sentences", new PhraseTagger(("Xi Jinping", MentionType.Official, "Xi Jinping", null)))
            .Build();
        var mention = Assert.Single(extractor.Extract("Kim met Xi Jinping.").Mentions);
        Assert.Equal(("Xi Jinping", MentionType.Official), (mention.Text, mention.Type));
        Assert.Throws<ArgumentException>(() => new ExtractorBuilder().InsertAfter("no-such-stage", new PhraseTagger()));
    }
}
