namespace Attache.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = new ExtractorBuilder().Build().Extract(text);
        return document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Abbreviations_titles_and_months_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Kim met Gen. Choe on Jan. 9 in Beijing.", "They talked."],
            Sentences("Mr. Kim met Gen. Choe on Jan. 9 in Beijing. They talked."));
    }

    [Fact]
    public void Dotted_acronyms_end_a_sentence_only_before_a_sentence_opener()
    {
        Assert.Equal(
            ["The U.S. Secretary of State visited Seoul.", "Talks began at 3 p.m.", "The envoy left."],
            Sentences("The U.S. Secretary of State visited Seoul. Talks began at 3 p.m. The envoy left."));
        Assert.Equal(
            ["He flew to the U.S.", "The talks failed."],
            Sentences("He flew to the U.S. The talks failed."));
    }

    [Fact]
    public void Initials_do_not_end_sentences()
    {
        Assert.Equal(["John F. Kennedy spoke.", "Then he left."], Sentences("John F. Kennedy spoke. Then he left."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_opening_quotes_start_the_next()
    {
        const string text = "spokesman Lu Kang said Jan. 9. \"In this complex situation, China asks all parties to not engage.\" He left.";
        Assert.Equal(
            ["spokesman Lu Kang said Jan. 9.", "\"In this complex situation, China asks all parties to not engage.\"", "He left."],
            Sentences(text));
    }

    [Fact]
    public void Curly_quotes_are_handled_like_straight_ones()
    {
        Assert.Equal(
            ["“It is normal,” said Cai.", "“This visit matters.”", "Then silence."],
            Sentences("“It is normal,” said Cai. “This visit matters.” Then silence."));
    }

    [Fact]
    public void Lines_without_final_punctuation_are_sentences_of_their_own()
    {
        Assert.Equal(
            ["High level North Korean delegation visits China", "The two sides met."],
            Sentences("High level North Korean delegation visits China\n\nThe two sides met."));
    }

    [Fact]
    public void A_wrapped_line_continues_its_sentence()
    {
        Assert.Equal(["The envoy met officials\nin Beijing on Friday."], Sentences("The envoy met officials\nin Beijing on Friday."));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["Will they meet?", "Yes!", "Soon."], Sentences("Will they meet? Yes! Soon."));
    }

    [Fact]
    public void Text_without_sentence_punctuation_is_one_sentence()
    {
        Assert.Equal(["kim met xi in beijing and then left for home"], Sentences("kim met xi in beijing and then left for home"));
    }

    [Fact]
    public void Sentences_cover_tokens_in_order_without_gaps_or_overlap()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var document = new ExtractorBuilder().Build().Extract(File.ReadAllText(file));
            var next = 0;
            foreach (var sentence in document.Sentences)
            {
                Assert.True(sentence.FirstToken >= next, file);
                Assert.Equal(document.Tokens[sentence.FirstToken].Start, sentence.Start);
                Assert.Equal(document.Tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
                next = sentence.FirstToken + sentence.TokenCount;
            }
        }
    }
}
