using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

/// <summary>McCune-Reischauer apostrophes and breves fold to the plain spelling's match key.</summary>
public class RomanisationKeyTests
{
    [Theory]
    [InlineData("Ch'oe", "choe")]
    [InlineData("Cho'n", "chon")]
    [InlineData("Chŏn", "chon")]
    [InlineData("Kŭm", "kum")]
    [InlineData("ch'un", "chun")]
    [InlineData("Choe", "choe")]
    [InlineData("'s", "'s")]
    [InlineData("Workers'", "workers'")]
    [InlineData("Ji'an", "ji'an")]
    [InlineData("Chang'an", "chang'an")]
    public void A_romanisation_variant_has_the_plain_key(string part, string key)
    {
        Assert.Equal(key, PhraseMatcher.Key(part));
    }
}
