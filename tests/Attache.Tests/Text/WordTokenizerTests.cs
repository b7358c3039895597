using Attache.Text;

namespace Attache.Tests.Text;

public class WordTokenizerTests
{
    private static string[] Tokens(string text) => WordTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Vice Marshal Choe Ryong-hae met", new[] { "Vice", "Marshal", "Choe", "Ryong-hae", "met" })]
    [InlineData("vows to test-fire an ICBM", new[] { "vows", "to", "test-fire", "an", "ICBM" })]
    [InlineData("North Korea's nuclear", new[] { "North", "Korea", "'s", "nuclear" })]
    [InlineData("the Workers' Party", new[] { "the", "Workers", "'", "Party" })]
    [InlineData("Mr. Kim said Jan. 9.", new[] { "Mr.", "Kim", "said", "Jan.", "9", "." })]
    [InlineData("the U.S. Secretary of State", new[] { "the", "U.S.", "Secretary", "of", "State" })]
    [InlineData("at 3 p.m. Monday", new[] { "at", "3", "p.m.", "Monday" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("more than 1,000 troops and 2.5 tons", new[] { "more", "than", "1,000", "troops", "and", "2.5", "tons" })]
    [InlineData("North Korea-China friendship", new[] { "North", "Korea", "-", "China", "friendship" })]
    [InlineData("\"any time and at any place\" upon", new[] { "\"", "any", "time", "and", "at", "any", "place", "\"", "upon" })]
    [InlineData("it didn't work", new[] { "it", "did", "n't", "work" })]
    [InlineData("Hwasong-15 and F-35", new[] { "Hwasong-15", "and", "F-35" })]
    [InlineData("ASEAN-related and COVID-19 talks", new[] { "ASEAN", "-", "related", "and", "COVID-19", "talks" })]
    [InlineData("tensions.\" Then", new[] { "tensions", ".", "\"", "Then" })]
    [InlineData("Vice Marshal Ch'oe Ryong-hae met", new[] { "Vice", "Marshal", "Ch'oe", "Ryong-hae", "met" })]
    [InlineData("Chŏn Il-ch'un and Kim Ch'ang", new[] { "Chŏn", "Il-ch'un", "and", "Kim", "Ch'ang" })]
    [InlineData("Cho'n's office", new[] { "Cho'n", "'s", "office" })]
    [InlineData("Ch'oe's aides didn't", new[] { "Ch'oe", "'s", "aides", "did", "n't" })]
    [InlineData("a Hong Kong-based firm", new[] { "a", "Hong", "Kong", "-", "based", "firm" })]
    [InlineData("Moscow-based and Beijing-backed", new[] { "Moscow", "-", "based", "and", "Beijing", "-", "backed" })]
    [InlineData("a state-run paper and Punggye-ri", new[] { "a", "state-run", "paper", "and", "Punggye-ri" })]
    public void Splits_news_text_as_written(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void Every_token_is_the_original_slice_after_normalisation()
    {
        const string text = "North Korea’s “top diplomat” — Choe Son Hui — visited Moscow… (Photo: AFP)\u00A0ﬁnally 😀 done";
        var document = new ExtractorBuilder().Build().Extract(text);
        Assert.NotEmpty(document.Tokens);
        foreach (var token in document.Tokens)
        {
            Assert.Equal(text[token.Start..token.End], token.Text);
        }

        Assert.Contains(document.Tokens, t => t.Text == "’s");
        Assert.Contains(document.Tokens, t => t.Text == "ﬁnally");
        Assert.Contains(document.Tokens, t => t.Text == "😀");
    }

    [Fact]
    public void Tokens_are_ordered_and_never_overlap()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var text = File.ReadAllText(file);
            var tokens = WordTokenizer.Tokenize(text);
            for (var i = 1; i < tokens.Count; i++)
            {
                Assert.True(tokens[i - 1].End <= tokens[i].Start, $"{file}: token {i} overlaps its predecessor");
            }

            Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
        }
    }
}
