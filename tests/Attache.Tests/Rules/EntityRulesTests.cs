using Attache.Documents;

namespace Attache.Tests.Rules;

/// <summary>Rules and lexicons alone, on sentences written for these tests (not from the seeds).</summary>
public class EntityRulesTests
{
    private static readonly Extractor Rules = new ExtractorBuilder().WithoutModels().Build();

    private static (MentionType Type, string Text, string? Canonical)[] Mentions(string text, DateOnly? published = null) =>
        Rules.Extract(text, new ExtractOptions { Published = published }).Mentions.Select(m => (m.Type, m.Text, m.Canonical)).ToArray();

    private static (string Official, string Title)[] Titles(string text)
    {
        var document = Rules.Extract(text);
        return document.Relations.Where(r => r.Type == RelationType.HasTitle)
            .Select(r => (document.Mentions[r.From].Text, document.Mentions[r.To].Text)).ToArray();
    }

    [Fact]
    public void A_title_before_a_name_makes_an_official_with_its_title()
    {
        Assert.Equal([("Lu Kang", "spokesman")], Titles("On Tuesday spokesman Lu Kang urged restraint."));
        Assert.Equal([("Choe Ryong-hae", "Vice Marshal")], Titles("The envoy, Vice Marshal Choe Ryong-hae, arrived by train."));
    }

    [Fact]
    public void An_unknown_name_after_a_title_is_an_official_too()
    {
        var mentions = Mentions("Vice Foreign Minister Pak Myong Ho left Pyongyang.");
        Assert.Contains((MentionType.Official, "Pak Myong Ho", "Pak Myong Ho"), mentions);
        Assert.Contains((MentionType.Title, "Vice Foreign Minister", null), mentions);
    }

    [Fact]
    public void An_appositive_title_after_the_name_is_attached()
    {
        Assert.Contains(
            ("Kim Yong Dae", "vice chairman of the standing committee of the Supreme People's Assembly"),
            Titles("Guests included Kim Yong Dae, vice chairman of the standing committee of the Supreme People's Assembly, and others."));
    }

    [Fact]
    public void A_relative_clause_title_is_attached()
    {
        Assert.Contains(
            ("Choe Ryong-hae", "director of the general political bureau of the North Korean People's Army"),
            Titles("Vice Marshal Choe Ryong-hae, who serves as director of the general political bureau of the North Korean People's Army, met officials."));
    }

    [Fact]
    public void A_possessive_country_gives_member_of()
    {
        var document = Rules.Extract("China's President Xi Jinping sent a message.");
        var member = Assert.Single(document.Relations, r => r.Type == RelationType.MemberOf);
        Assert.Equal(("Xi Jinping", "China"), (document.Mentions[member.From].Text, document.Mentions[member.To].Text));
        Assert.Contains("CHN", document.Entities.Single(e => e.Name == "Xi Jinping").Affiliations);
    }

    [Fact]
    public void Analysts_and_bylines_are_persons_not_officials()
    {
        var mentions = Mentions("By Jane Whitfield\n\"It matters,\" said Cheong Seong-chang, a senior analyst at the Sejong Institute.");
        Assert.Contains((MentionType.Person, "Jane Whitfield", "Jane Whitfield"), mentions);
        Assert.Contains((MentionType.Person, "Cheong Seong-chang", "Cheong Seong-chang"), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Official);
    }

    [Fact]
    public void Misspelled_names_and_places_resolve_to_the_known_ones()
    {
        var mentions = Mentions("The visit came after Kin Jung Un met envoys in Bejing and Pyongyng.");
        Assert.Contains((MentionType.Official, "Kin Jung Un", "Kim Jong Un"), mentions);
        Assert.Contains((MentionType.Place, "Bejing", "Beijing"), mentions);
        Assert.Contains((MentionType.Place, "Pyongyng", "Pyongyang"), mentions);
    }

    [Fact]
    public void Ordinary_words_and_demonyms_are_not_fuzzy_matches()
    {
        var mentions = Mentions("North Korean and Russian officials discussed Koreas policy in general.");
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Place);
    }

    [Fact]
    public void Short_references_resolve_to_the_most_mentioned_official_of_that_family()
    {
        var document = Rules.Extract("Kim Song Nam met Wang Huning. Kim praised the talks. Kim Il Sung founded the state. Kim will stay in China.");
        var kims = document.Mentions.Where(m => m.Text == "Kim").Select(m => m.Canonical ?? string.Empty).ToArray();
        Assert.Equal(["Kim Song Nam", "Kim Song Nam"], kims);
    }

    [Fact]
    public void A_short_reference_before_the_full_name_resolves_forward()
    {
        var document = Rules.Extract("Mr. Kim chose his envoy carefully. Kim Jong-un sent him to Beijing.");
        Assert.Equal("Kim Jong Un", document.Mentions.First(m => m.Text == "Kim").Canonical);
        Assert.Single(document.Entities, e => e.Name == "Kim Jong Un");
    }

    [Fact]
    public void Countries_get_iso_codes_and_places_inside_organisation_names_are_not_places()
    {
        var document = Rules.Extract("The Bank of China froze accounts while North Korea and the U.S. talked.");
        Assert.Equal(["PRK", "USA"], document.Mentions.Where(m => m.Type == MentionType.Place).Select(m => m.CountryCode!));
    }
}
