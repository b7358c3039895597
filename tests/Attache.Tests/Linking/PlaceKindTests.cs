using Attache.Documents;

namespace Attache.Tests.Linking;

/// <summary>Places disambiguated by the kind noun after them, and airport aliases, on sentences written for these tests.</summary>
public class PlaceKindTests
{
    private static readonly Extractor Rules = new ExtractorBuilder().WithoutModels().Build();

    private static string? PlaceCanonical(string text, string place) =>
        Rules.Extract(text).Mentions.First(m => m.Type == MentionType.Place && m.Text == place).Canonical;

    [Fact]
    public void A_name_followed_by_region_links_to_the_subdivision_not_the_river()
    {
        Assert.Equal("Amur Oblast", PlaceCanonical("Floods cut roads across the Amur region on Monday.", "Amur"));
    }

    [Fact]
    public void A_name_followed_by_river_links_to_the_river()
    {
        Assert.Equal("Amur River", PlaceCanonical("Floods swelled the Amur on Monday.", "Amur"));
        Assert.Equal("Amur River", Rules.Extract("Floods swelled the Amur River on Monday.").Mentions.First(m => m.Type == MentionType.Place).Canonical);
    }

    [Fact]
    public void A_name_followed_by_prefecture_links_to_the_prefecture_not_the_city()
    {
        Assert.Equal("Yamaguchi", PlaceCanonical("Traders met in Yamaguchi on Monday.", "Yamaguchi"));
        Assert.Equal("Yamaguchi Prefecture", PlaceCanonical("Traders met across Yamaguchi prefecture on Monday.", "Yamaguchi"));
    }

    [Fact]
    public void A_kind_no_place_of_that_name_has_leaves_the_mention_unlinked()
    {
        // the bare name is the river's alias, and no island has the name
        Assert.Equal("Amur", PlaceCanonical("Fishermen landed on an Amur island on Monday.", "Amur"));
    }

    [Fact]
    public void A_country_keeps_its_link_before_a_kind_noun()
    {
        var china = Rules.Extract("China state media reported the visit.").Mentions.First(m => m.Type == MentionType.Place);
        Assert.Equal(("China", "CHN"), (china.Canonical, china.CountryCode));
    }

    [Theory]
    [InlineData("Sunan International Airport")]
    [InlineData("Pyongyang International Airport")]
    [InlineData("Pyongyang Sunan International Airport")]
    [InlineData("Sunan airport")]
    public void The_names_of_Pyongyang_airport_are_one_place(string name)
    {
        Assert.Equal("Pyongyang Sunan International Airport", PlaceCanonical($"The delegation landed at {name} on Monday.", name));
    }
}
