using Attache.Documents;

namespace Attache.Tests.Linking;

/// <summary>
/// Short, title-only, misspelt and nickname references linked to the knowledge base by the publication
/// date, on sentences written for these tests.
/// </summary>
public class KnowledgeLinkingTests
{
    private static readonly Extractor Rules = new ExtractorBuilder().WithoutModels().Build();

    private static readonly Lazy<Extractor> Default = new(Extractor.CreateDefault);

    private static string? CanonicalOf(string text, string mention, string? published, Extractor? extractor = null)
    {
        var document = (extractor ?? Rules).Extract(text, new ExtractOptions { Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        return document.Mentions.First(m => m.Type is MentionType.Official or MentionType.Person && m.Text == mention).Canonical;
    }

    [Theory]
    [InlineData("President Trump told reporters that the talks would go on.", "Trump", "2018-05-02", "Donald Trump")]
    [InlineData("Premier Li told a forum in Tianjin that growth would hold up.", "Li", "2016-09-12", "Li Keqiang")]
    [InlineData("Foreign Minister Wang said the door to talks stayed open.", "Wang", "2018-06-01", "Wang Yi")]
    [InlineData("Chinese Defense Minister Wei arrived in Moscow on Monday.", "Wei", "2019-04-01", "Wei Fenghe")]
    [InlineData("Secretary of State Pompeo flew to Pyongyang on Friday.", "Pompeo", "2018-07-06", "Mike Pompeo")]
    [InlineData("Defence Minister Wei told the forum that ties were at their best.", "Wei", "2019-06-02", "Wei Fenghe")]
    [InlineData("Japanese Foreign Minister Kono met his counterpart in Tokyo.", "Kono", "2018-04-15", "Taro Kono")]
    [InlineData("Prime Minister Fradkov opened the trade fair in Kazan.", "Fradkov", "2006-03-03", "Mikhail Fradkov")]
    [InlineData("Chief Cabinet Secretary Nonaka told reporters the envoy would stay.", "Nonaka", "1999-02-01", "Hiromu Nonaka")]
    public void A_title_and_family_name_link_to_the_holder_of_that_title_on_the_publication_date(string text, string mention, string published, string expected)
    {
        Assert.Equal(expected, CanonicalOf(text, mention, published));
    }

    [Fact]
    public void A_family_name_that_is_a_month_before_a_day_is_a_date_not_the_official()
    {
        const string Text = "Theresa May hosted the visitors. May said talks would resume on May 5 in Leeds.";
        using var folder = new Cli.TempFolder();
        var officials = folder.File("officials.yaml", "- name: 'Theresa May'\n  family: 'May'\n  country: GBR\n  aliases: []\n  roles:\n    - {title: 'Prime Minister', from: '2016-07', to: '2019-07'}\n");
        var extractor = new ExtractorBuilder().WithoutModels().AddOfficialsFile(officials).Build();
        var mays = extractor.Extract(Text, new ExtractOptions { Published = new DateOnly(2017, 5, 2) }).Mentions
            .Where(m => m.Type == MentionType.Official && m.Canonical == "Theresa May").Select(m => Text[m.Start..m.End]).ToList();
        Assert.Equal(["Theresa May", "May"], mays);
    }

    [Fact]
    public void Mr_and_a_family_name_link_to_the_one_leader_of_that_family_on_the_date()
    {
        Assert.Equal("Kim Jong Un", CanonicalOf("Mr. Kim watched the test from an observation post.", "Kim", "2018-03-01", Default.Value));
    }

    [Theory]
    [InlineData("North Korean leader Kim watched the launch from a tent.")]
    [InlineData("Chairman Kim watched the launch from a tent.")]
    public void A_leader_word_and_a_family_name_link_to_the_leader_of_that_family_on_the_date(string text)
    {
        Assert.Equal("Kim Jong Un", CanonicalOf(text, "Kim", "2018-03-01"));
    }

    [Fact]
    public void A_date_when_nobody_of_that_family_held_the_title_gives_no_link()
    {
        Assert.NotEqual("Donald Trump", CanonicalOf("President Trump told reporters that the talks would go on.", "Trump", "2012-03-01"));
        Assert.NotEqual("Wang Yi", CanonicalOf("Foreign Minister Wang said the door to talks stayed open.", "Wang", "2005-06-01"));
    }

    [Fact]
    public void A_title_the_holder_never_had_gives_no_link()
    {
        Assert.NotEqual("Kim Jong Un", CanonicalOf("Foreign Minister Kim said the door to talks stayed open.", "Kim", "2018-06-01"));
    }

    [Fact]
    public void A_demonym_before_the_title_picks_the_country()
    {
        Assert.NotEqual("Wang Yi", CanonicalOf("Japanese Foreign Minister Wang said the door to talks stayed open.", "Wang", "2018-06-01"));
    }

    [Fact]
    public void An_ambiguous_family_name_gives_no_link()
    {
        var path = Path.Combine(Path.GetTempPath(), $"attache-namesakes-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            - name: 'Hong Tal Su'
              family: 'Hong'
              country: KOR
              aliases: []
              roles:
                - {title: 'Vice Foreign Minister', from: '2031', to: null}
            - name: 'Hong Pyol Gi'
              family: 'Hong'
              country: KOR
              aliases: []
              roles:
                - {title: 'Vice Foreign Minister', from: '2031', to: null}
                - {title: 'Trade Minister', from: '2031', to: null}
            """);
        try
        {
            var extractor = new ExtractorBuilder().WithoutModels().AddOfficialsFile(path).Build();
            Assert.Equal("Hong", CanonicalOf("Vice Foreign Minister Hong said talks would go on.", "Hong", "2032-01-05", extractor));
            Assert.Equal("Hong Pyol Gi", CanonicalOf("Trade Minister Hong said talks would go on.", "Hong", "2032-01-05", extractor));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_publication_date_a_dated_expression_of_the_article_serves()
    {
        Assert.Equal("Donald Trump", CanonicalOf("WASHINGTON, May 2, 2018 -- President Trump told reporters that the talks would go on.", "Trump", null));
    }

    [Fact]
    public void Without_any_date_a_title_links_to_the_only_holder_of_that_family_ever()
    {
        Assert.Equal("Donald Trump", CanonicalOf("President Trump told reporters that the talks would go on.", "Trump", null));
        Assert.Equal("Wei Fenghe", CanonicalOf("Chinese Defense Minister Wei arrived in Moscow on Monday.", "Wei", null));
    }

    [Fact]
    public void Without_any_date_a_leader_word_for_a_family_of_several_leaders_gives_no_link()
    {
        Assert.True(CanonicalOf("Chairman Kim watched the launch from a tent.", "Kim", null) is null or "Kim");
    }

    [Fact]
    public void A_full_name_in_the_article_wins_over_the_knowledge_base()
    {
        Assert.Equal("Wang Dalian", CanonicalOf("Foreign Minister Wang Dalian arrived on Monday. Foreign Minister Wang said talks would go on.", "Wang", "2018-06-01"));
    }

    [Fact]
    public void A_one_letter_typo_of_a_multi_word_name_links_to_it()
    {
        Assert.Equal("Kim Jong Un", CanonicalOf("Kim John Un inspected a fertiliser factory on Tuesday.", "Kim John Un", "2019-05-07", Default.Value));
    }

    [Fact]
    public void A_name_differing_from_a_known_one_in_a_two_letter_word_is_another_person()
    {
        Assert.Equal("Kim Jong Uk", CanonicalOf("Vice Minister Kim Jong Uk inspected a fertiliser factory on Tuesday.", "Kim Jong Uk", "2019-05-07"));
    }

    [Fact]
    public void A_given_name_two_edits_from_a_known_one_that_starts_otherwise_is_another_person()
    {
        Assert.Equal("Yoon Young-chan", CanonicalOf("Presidential spokesman Yoon Young-chan briefed reporters on Friday.", "Yoon Young-chan", "2018-04-27"));
    }

    [Fact]
    public void A_word_of_another_known_name_is_no_typo_in_a_two_word_name()
    {
        var document = Rules.Extract("Analysts doubted that Kim Jong would attend.");
        Assert.DoesNotContain(document.Mentions, m => m.Canonical == "Kim Song");
    }

    [Theory]
    [InlineData("Trade envoy Dan Cloyd arrived in Seoul. Officials said envoy Daniel Cloyd would meet the minister.", "Dan Cloyd", "Daniel Cloyd")]
    [InlineData("Envoy Bill Harwick arrived in Seoul. Envoy William Harwick met the minister.", "Bill Harwick", "William Harwick")]
    [InlineData("Envoy Mike Tresser arrived in Seoul. Later, Envoy Michael Tresser met the minister.", "Mike Tresser", "Michael Tresser")]
    public void A_nickname_or_shortened_given_name_links_to_the_full_name_later_in_the_article(string text, string shortForm, string fullName)
    {
        var document = Rules.Extract(text);
        var mentions = document.Mentions.Where(m => m.Text == shortForm || m.Text == fullName).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(fullName, m.Canonical));
        Assert.Single(mentions.Select(m => m.EntityId).Distinct());
    }

    [Fact]
    public void A_different_given_name_of_the_same_family_is_another_person()
    {
        var document = Rules.Extract("Envoy Dan Cloyd arrived in Seoul. Envoy Peter Cloyd met the minister.");
        Assert.Equal("Dan Cloyd", document.Mentions.First(m => m.Text == "Dan Cloyd").Canonical);
    }

    [Fact]
    public void Two_full_names_a_short_form_could_stand_for_leave_it_alone()
    {
        var document = Rules.Extract("Envoy Dan Cloyd arrived in Seoul. Envoy Daniel Cloyd and Envoy Danny Cloyd met the minister.");
        Assert.Equal("Dan Cloyd", document.Mentions.First(m => m.Text == "Dan Cloyd").Canonical);
    }
}
