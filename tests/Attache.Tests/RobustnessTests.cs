using System.Text;
using System.Text.Json;
using Attache.Formats;

namespace Attache.Tests;

/// <summary>Invariants that hold on any input: random edits of the seed articles and hostile text.</summary>
public class RobustnessTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_articles_keep_every_invariant(int seed)
    {
        var random = new Random(seed);
        var texts = RepoPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        var text = Mutate(texts[seed % texts.Length], random);
        var document = Extractor.CreateDefault().Extract(text, new ExtractOptions { Published = new DateOnly(2020, 1, 1) });
        AssertInvariants(text, document);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData("\0\0\0 Kim \0 Jong \0 Un")]
    [InlineData("<html><body><p>Kim Jong Un met <b>Xi Jinping</b> in Beijing.</p></body></html>")]
    [InlineData("KIM JONG UN MEETS XI JINPING IN BEIJING AS TALKS RESUME")]
    [InlineData("كيم جونغ أون يلتقي شي جين بينغ في بكين")]
    [InlineData("김정은 위원장이 베이징에서 시진핑 주석과 회담했다.")]
    [InlineData("😀 Kim Jong Un 😀 met 👋 Xi Jinping in 🇨🇳 Beijing.")]
    [InlineData("Kim met Xi\r\nThey talked\r\n")]
    [InlineData("a\uD800b Kim Jong Un \uDC00 met")]
    public void Hostile_text_extracts_without_failing(string text)
    {
        AssertInvariants(text, Extractor.CreateDefault().Extract(text));
    }

    [Fact]
    public void A_long_single_line_finishes()
    {
        var text = string.Concat(Enumerable.Repeat("Kim Jong Un met Xi Jinping in Beijing and vowed to strengthen ties ", 2_000));
        var document = Extractor.CreateDefault().Extract(text);
        Assert.NotEmpty(document.Mentions);
        AssertInvariants(text, document);
    }

    [Theory]
    [InlineData("THE PRESIDENT OF THE UNITED STATES MET ", 29)]
    [InlineData("The pilot, Chief Warrant Officer Bobby Hall, was freed at Panmunjom. ", 3)]
    [InlineData("Admiral Mike Mullen, chairman of the Joint Chiefs of Staff, flew to Seoul. ", 3)]
    public void No_two_mentions_of_a_type_overlap(string sentence, int repeats)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, repeats));
        AssertInvariants(text, Extractor.CreateDefault().Extract(text));
    }

    private static void AssertInvariants(string text, Documents.Document document)
    {
        foreach (var m in document.Mentions)
        {
            Assert.Equal(text[m.Start..m.End], m.Text);
        }

        foreach (var group in document.Mentions.GroupBy(m => m.Type))
        {
            var ordered = group.OrderBy(m => m.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i - 1].End <= ordered[i].Start, $"two {group.Key} mentions overlap");
            }
        }

        var entityIds = document.Entities.Select(e => e.Id).ToHashSet();
        Assert.All(document.Mentions, m => Assert.True(m.EntityId is null || entityIds.Contains(m.EntityId.Value)));
        Assert.All(document.Relations, r => Assert.True(r.From < document.Mentions.Count && r.To < document.Mentions.Count));
        Assert.All(document.Events, e =>
        {
            Assert.Equal(text[e.Start..e.End], e.TriggerText);
            Assert.All(e.Participants, p => Assert.Contains(p, entityIds));
            Assert.True(e.Place is null || entityIds.Contains(e.Place.Value));
        });
        Assert.All(document.Tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));

        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(document));
        Assert.Equal(document.Mentions.Count, json.RootElement.GetProperty("mentions").GetArrayLength());

        var brat = BratConverter.FromDocument(document);
        var errors = new List<FormatError>();
        Assert.Equal(brat, BratReader.Parse(BratWriter.Write(brat), text, "fuzz.ann", errors));
        Assert.Empty(errors);
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        string[] inserts = ["’", "“", "\u00AD", "\u200B", "😀", "\n", ".", "-", "'s", "Mr. ", "U.S.", "ﬁ", "\0", "\u00A0"];
        for (var k = 0; k < 40; k++)
        {
            var at = random.Next(sb.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    sb.Insert(at, inserts[random.Next(inserts.Length)]);
                    break;
                case 1 when at < sb.Length:
                    sb.Remove(at, Math.Min(random.Next(1, 8), sb.Length - at));
                    break;
                default:
                    if (at < sb.Length)
                    {
                        sb[at] = char.ToUpperInvariant(sb[at]);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
