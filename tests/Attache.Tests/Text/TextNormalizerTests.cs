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
