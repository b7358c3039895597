using Attache.Documents;
using Attache.Text;

namespace Attache.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Plain_ascii_is_returned_as_is_without_a_map()
    {
        var result = TextNormalizer.Normalize("Kim met Xi.");
        Assert.Equal("Kim met Xi.", result.Text);
        Assert.Null(result.Map);
    }

    [Fact]
    public void A_lone_carriage_return_becomes_a_line_feed_keeping_offsets_and_crlf_stays()
    {
        var result = TextNormalizer.Normalize("Kim met Xi.\rThen\r\nPutin\r");
        Assert.Equal("Kim met Xi.\nThen\r\nPutin\n", result.Text);
        Assert.Null(result.Map);
    }

    [Fact]
    public void Lone_carriage_returns_give_the_mentions_and_events_of_line_feeds()
    {
        const string text = "Kim Jong Un met Xi Jinping.\nThen Vladimir Putin said the talks in Beijing were useful.\nMoon Jae-in visited Seoul.";
        var withLf = Extractor.CreateDefault().Extract(text);
        var withCr = Extractor.CreateDefault().Extract(text.Replace('\n', '\r'));

        Assert.Equal(withLf.Mentions.Select(m => (m.Type, m.Start, m.End)), withCr.Mentions.Select(m => (m.Type, m.Start, m.End)));
        Assert.Equal(withLf.Events.Select(e => (e.Type, e.Start, e.End)), withCr.Events.Select(e => (e.Type, e.Start, e.End)));
        Assert.Contains(withCr.Mentions, m => m.Type == MentionType.Official && m.Text == "Kim Jong Un");
        Assert.All(withCr.Mentions, m => Assert.Equal(text.Replace('\n', '\r')[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Typographic_variants_fold_to_ascii_keeping_length()
    {
        var result = TextNormalizer.Normalize("Korea’s “envoy” – met\u00A0Xi");
        Assert.Equal("Korea's \"envoy\" - met Xi", result.Text);
        Assert.Null(result.Map);
    }

    [Fact]
    public void Length_changes_map_back_to_the_original_offsets()
    {
        const string original = "Pyong\u00ADyang ﬁles… Seoul";
        var result = TextNormalizer.Normalize(original);
        Assert.Equal("Pyongyang files... Seoul", result.Text);
        var seoul = result.Text.IndexOf("Seoul", StringComparison.Ordinal);
        var (start, end) = result.ToOriginal(seoul, seoul + 5);
        Assert.Equal("Seoul", original[start..end]);
        var (ps, pe) = result.ToOriginal(0, 9);
        Assert.Equal("Pyong\u00ADyang", original[ps..pe]);
    }

    [Fact]
    public void Full_width_letters_become_ascii()
    {
        Assert.Equal("DPRK", TextNormalizer.Normalize("ＤＰＲＫ").Text);
    }

    [Fact]
    public void Lone_surrogates_do_not_throw()
    {
        var text = "a\uD800b";
        Assert.Equal(text, TextNormalizer.Normalize(text).Text);
    }
}
