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

    [Theory]
    [InlineData("Tomas Varga, Slovakia's envoy, left the hall early.", "Tomas Varga", "envoy")]
    [InlineData("Ivo Marek, the South's negotiator, spoke first.", "Ivo Marek", "negotiator")]
    [InlineData("Paula Lind, the US ambassador, voted for the text.", "Paula Lind", "ambassador")]
    public void A_title_after_a_possessive_owner_or_demonym_in_an_apposition_is_the_names(string text, string official, string title)
    {
        Assert.Contains((official, title), Titles(text));
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_title_holds_it_unless_a_title_follows()
    {
        Assert.Contains(("Arno Kessel", "ambassador"), Titles("Later the Austrian ambassador, Arno Kessel, called for calm."));
        Assert.DoesNotContain(Titles("A spokesman, Arno Kessel and Mia Holt attended."), t => t.Official.StartsWith("Arno", StringComparison.Ordinal));
        var listed = Titles("Present were the chairman of the committee, Pak Song Il, vice-premier of the Cabinet, and others.");
        Assert.Contains(("Pak Song Il", "vice-premier of the Cabinet"), listed);
        Assert.DoesNotContain(("Pak Song Il", "chairman of the committee"), listed);
    }

    [Theory]
    [InlineData("The cabinet appointed Juno Valk, a retired judge, as interior minister on Monday.", "Juno Valk", "interior minister")]
    [InlineData("Parliament nominated Eda Sorn as foreign minister.", "Eda Sorn", "foreign minister")]
    public void A_name_appointed_as_a_title_holds_it_across_an_appositive(string text, string official, string title)
    {
        Assert.Contains((official, title), Titles(text));
    }

    [Fact]
    public void Titles_coordinated_after_a_name_are_all_that_officials()
    {
        var titles = Titles("He met Wen Shuli, secretary of the provincial committee and governor of the province, on Friday.");
        Assert.Contains(("Wen Shuli", "secretary of the provincial committee"), titles);
        Assert.Contains(("Wen Shuli", "governor of the province"), titles);
    }

    [Theory]
    [InlineData("N. Korean Leader Vows to Develop Ties with China", "Vows")]
    [InlineData("S. Korean President Greets Japanese Premier in Seoul", "Greets")]
    [InlineData("Chinese Envoy Arrives in Pyongyang for Talks", "Arrives")]
    public void A_verb_after_a_title_in_a_title_case_headline_is_not_a_name(string headline, string verb)
    {
        var mentions = Mentions(headline + "\n\nSEOUL -- The meeting took place on Monday.");
        Assert.DoesNotContain(mentions, m => m.Text == verb);
    }

    [Theory]
    [InlineData("Chairman Kim Arrives in Vladivostok by Armoured Train", "Kim")]
    [InlineData("Premier Li Hails Record Trade With Vietnam", "Li")]
    [InlineData("President Trump Arrives in Hanoi for Summit", "Trump")]
    public void A_verb_after_a_family_name_in_a_title_case_headline_is_not_part_of_the_name(string headline, string family)
    {
        var mentions = Mentions(headline + "\n\nMOSCOW -- The visit began on Monday.");
        Assert.Contains(mentions, m => m.Type == MentionType.Official && m.Text == family);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith(family + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mongolian Premier Hails Ties with Laos")]
    [InlineData("Vietnamese Leader Vows to Deepen Ties with Laos")]
    public void Capitalised_verbs_after_a_title_in_a_title_case_headline_name_no_official(string headline)
    {
        Assert.DoesNotContain(Mentions(headline + "\n\nULAANBAATAR -- The visit began on Monday."), m => m.Type is MentionType.Official or MentionType.Person);
    }

    [Theory]
    [InlineData("Vientiane confirmed the talks, Laos's official New Lao News Agency said.", "New")]
    public void A_capitalised_run_that_ends_in_a_body_noun_names_no_official(string text, string word)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Type is MentionType.Official or MentionType.Person && m.Text.StartsWith(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_given_name_after_a_family_name_in_a_headline_stays_in_the_name()
    {
        Assert.Contains(Mentions("Leader Kim Jong Un Inspects Shipyard\n\nPYONGYANG -- The tour took place on Friday."), m => m.Type == MentionType.Official && m.Text == "Kim Jong Un");
    }

    [Fact]
    public void A_capitalised_name_after_a_title_in_prose_stays_a_name()
    {
        Assert.Contains(Mentions("On Monday, Ambassador Hilemon greeted the delegation at the airport."), m => m.Type == MentionType.Official && m.Text == "Hilemon");
    }

    [Fact]
    public void An_unknown_name_after_a_title_is_an_official_too()
    {
        var mentions = Mentions("Vice Foreign Minister Pak Myong Ho left Pyongyang.");
        Assert.Contains((MentionType.Official, "Pak Myong Ho", "Pak Myong Ho"), mentions);
        Assert.Contains((MentionType.Title, "Vice Foreign Minister", null), mentions);
    }

    [Theory]
    [InlineData("Chinese Minister of Commerce Chen Deming arrived in Seoul on Monday.", "Chen Deming", "Minister of Commerce", "Deming")]
    [InlineData("Trade director Wang Dalian met buyers on Monday.", "Wang Dalian", "director", "Dalian")]
    [InlineData("Ambassador John Lincoln presented his credentials.", "John Lincoln", "Ambassador", "Lincoln")]
    public void An_unknown_name_after_a_title_is_kept_whole_over_a_place_in_it(string text, string official, string title, string notPlace)
    {
        Assert.Equal([(official, title)], Titles(text));
        Assert.DoesNotContain(Mentions(text), m => m.Type == MentionType.Place && m.Text == notPlace);
    }

    [Fact]
    public void A_place_after_a_name_outside_the_name_run_stays_a_place()
    {
        var mentions = Mentions("Premier Li Keqiang visited Dalian and Shenyang.");
        Assert.Contains((MentionType.Place, "Dalian", "Dalian"), mentions);
        Assert.Contains((MentionType.Official, "Li Keqiang", "Li Keqiang"), mentions);
    }

    [Theory]
    [InlineData("South Korea's minister of culture, sports and tourism Park Yang-woo met the delegation.", "Park Yang-woo", "minister of culture, sports and tourism")]
    [InlineData("Kim Young-choon, Minister of Maritime Affairs and Fisheries, said the port would reopen.", "Kim Young-choon", "Minister of Maritime Affairs and Fisheries")]
    [InlineData("The minister of public administration and security Lee Sang-min spoke on Tuesday.", "Lee Sang-min", "minister of public administration and security")]
    [InlineData("Kim Yeon-chul, minister for unification and national reconciliation, said talks would resume.", "Kim Yeon-chul", "minister for unification and national reconciliation")]
    [InlineData("Vice minister for political affairs Cho Hyun-dong flew to Washington.", "Cho Hyun-dong", "Vice minister for political affairs")]
    [InlineData("The special envoy on North Korean human rights Robert King visited Seoul.", "Robert King", "special envoy on North Korean human rights")]
    [InlineData("Japanese Minister of Economy Ken Saito visited Seoul.", "Ken Saito", "Minister of Economy")]
    [InlineData("The Minister of Foreign Affairs Pak Ui Chun arrived on Monday.", "Pak Ui Chun", "Minister of Foreign Affairs")]
    public void A_title_with_a_coordinated_or_for_or_on_complement_is_whole_and_held(string text, string official, string title)
    {
        Assert.Equal([(official, title)], Titles(text));
    }

    [Theory]
    [InlineData("The USS Pueblo was seized in 1968.", "Pueblo")]
    [InlineData("Crew members of the USS Missouri waved from the deck.", "Missouri")]
    [InlineData("ABOARD THE USS NIMITZ - The carrier sailed into the East Sea.", "NIMITZ")]
    public void No_place_is_read_inside_a_ships_name(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == name);
        Assert.DoesNotContain(Extractor.CreateDefault().Extract(text).Mentions, m => m.Text == name);
    }

    [Theory]
    [InlineData("Park Yang-woo, minister of culture, sports officials said, left early.", "minister of culture")]
    [InlineData("Lee Sang-min, minister of security and his deputy left early.", "minister of security")]
    [InlineData("Kim Hong-gyun, vice minister for Asia, met envoys.", "vice minister")]
    public void A_complement_that_does_not_parse_is_left_out_whole(string text, string title)
    {
        var titles = Titles(text).Select(t => t.Title).ToArray();
        Assert.Equal([title], titles);
    }

    [Fact]
    public void A_title_never_ends_in_a_dangling_preposition()
    {
        var mentions = Mentions("Vice minister for Asia Kim Hong-gyun met envoys. The envoy on Monday Robert King spoke.");
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Title && (m.Text.EndsWith(" for", StringComparison.Ordinal) || m.Text.EndsWith(" on", StringComparison.Ordinal) || m.Text.EndsWith(" of", StringComparison.Ordinal)));
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

    [Theory]
    [InlineData("Hyon Yong Chol took over as North Korean defence minister in 2015.", "Hyon Yong Chol", "defence minister")]
    [InlineData("Li Keqiang became premier in 2013.", null, null)]
    [InlineData("Wang Yi was named as foreign minister after the congress.", "Wang Yi", "foreign minister")]
    public void A_name_that_takes_up_an_office_as_a_title_gets_it(string text, string? official, string? title)
    {
        var titles = Titles(text);
        if (official is null)
        {
            Assert.Empty(titles); // "became premier" has no "as": the pattern keeps to office verbs before "as"
        }
        else
        {
            Assert.Equal([(official, title!)], titles);
        }
    }

    [Fact]
    public void A_short_reference_with_a_who_clause_title_is_attached()
    {
        var document = Rules.Extract("Ri Son Gwon met the delegation. Ri, who used to work as an interpreter for the army, spoke first.");
        Assert.Contains(("Ri", "interpreter"), document.Relations.Where(r => r.Type == RelationType.HasTitle)
            .Select(r => (document.Mentions[r.From].Text, document.Mentions[r.To].Text)));
    }

    [Theory]
    [InlineData("Vice Marshal Ch'oe Ryong-hae arrived at the airport.", "Ch'oe Ryong-hae", "Choe Ryong Hae")]
    [InlineData("Vice Marshal Ch’oe Ryong-hae arrived at the airport.", "Ch’oe Ryong-hae", "Choe Ryong Hae")]
    [InlineData("Delegates welcomed Kim Ch'ang-gwang at the station.", "Kim Ch'ang-gwang", "Kim Chang Gwang")]
    public void A_mccune_reischauer_spelling_links_to_the_known_official(string text, string written, string canonical)
    {
        Assert.Contains((MentionType.Official, written, canonical), Mentions(text));
    }

    [Fact]
    public void A_pinyin_apostrophe_place_is_not_a_given_name()
    {
        var mentions = Mentions("The visitors met Cai Jian and toured Ji'an on Friday.");
        Assert.Equal([(MentionType.Place, "Ji'an", "Ji'an")], mentions.Where(m => m.Type == MentionType.Place));
    }

    [Theory]
    [InlineData("Premier Ch’oe Yo’ng-rim opened the session.", "Ch’oe Yo’ng-rim")]
    [InlineData("Vice Premier Cho'n Sung-hun inspected the farm.", "Cho'n Sung-hun")]
    [InlineData("Vice Premier Chŏn Sung-hun inspected the farm.", "Chŏn Sung-hun")]
    [InlineData("Vice Premier Kim Ch'ang spoke first.", "Kim Ch'ang")]
    public void An_apostrophe_or_breve_name_after_a_title_is_one_whole_official(string text, string official)
    {
        var officials = Mentions(text).Where(m => m.Type == MentionType.Official).Select(m => m.Text).ToArray();
        Assert.Equal([official], officials);
    }

    [Theory]
    [InlineData("Treasury sanctioned Dandong Rich Earth Trading Co. and Gefest-M LLC on Tuesday.", "Dandong Rich Earth Trading Co.", "Gefest-M LLC")]
    [InlineData("The Hong Kong-based firm Mingzheng International Trading Limited was named.", "Mingzheng International Trading Limited", null)]
    [InlineData("Ships of the Pinehaven Shipping Co., Ltd. and the Lazarus Group were listed.", "Pinehaven Shipping Co., Ltd.", "Lazarus Group")]
    public void A_capitalised_name_with_a_legal_suffix_is_an_organisation(string text, string first, string? second)
    {
        var organizations = Mentions(text).Where(m => m.Type == MentionType.Organization).Select(m => m.Text).ToArray();
        Assert.Contains(first, organizations);
        if (second is not null)
        {
            Assert.Contains(second, organizations);
        }

        Assert.DoesNotContain(Mentions(text), m => m.Type is MentionType.Place or MentionType.Official && (first.Contains(m.Text, StringComparison.Ordinal) || (second ?? "").Contains(m.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_place_or_a_lone_suffix_word_is_no_company()
    {
        var mentions = Mentions("Talks on the West Bank resumed. The Group met later.");
        Assert.Contains((MentionType.Place, "West Bank", "West Bank"), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("The Hong Kong-based firm was named.", "Hong Kong")]
    [InlineData("A China-based broker was named.", "China")]
    [InlineData("A Moscow-based bank was named.", "Moscow")]
    [InlineData("Officials named a Zorvania-based trader.", "Zorvania")]
    public void The_name_before_based_is_a_place_and_no_person(string text, string place)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Type == MentionType.Place && m.Text == place);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
    }

    [Fact]
    public void The_us_treasury_department_is_one_organisation()
    {
        Assert.Contains((MentionType.Organization, "U.S. Treasury Department", "Treasury Department"),
            Mentions("A broker was named by the U.S. Treasury Department on Friday."));
    }

    [Fact]
    public void A_place_naming_a_field_of_study_is_not_a_place()
    {
        var mentions = Mentions("Park Won-gon, a professor of North Korea studies at Ewha University, said Japan was wary.");
        Assert.DoesNotContain(mentions, m => m.Text == "North Korea");
        Assert.Contains((MentionType.Place, "Japan", "Japan"), mentions);
    }

    [Theory]
    [InlineData("Leaders met in Hanoi.\nPhoto by Jamal Wilson/Reuters\nThe talks ended early.", "Jamal Wilson", "Reuters")]
    [InlineData("Leaders met in Hanoi.\nAFP PHOTO/Ed JONES (Photo credit should read ED JONES/AFP via Getty Images)\nThe talks ended.", "Ed JONES", "AFP")]
    [InlineData("Leaders met in Hanoi. (Photo: Yonhap/Kim Min-ji)\nThe talks ended.", "Kim Min-ji", "Yonhap")]
    public void A_photo_credit_names_a_photographer_as_a_person_and_the_agency(string text, string photographer, string agency)
    {
        var mentions = Mentions(text);
        Assert.Contains((MentionType.Person, photographer, photographer), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Official);
        Assert.Contains(mentions, m => m.Type == MentionType.Organization && m.Text == agency);
    }

    [Fact]
    public void A_site_named_in_a_boilerplate_line_is_an_organisation_but_nothing_else_there_is_tagged()
    {
        var mentions = Mentions("Xi Jinping met Kim Jong Un in Beijing.\n\nSubscribe to Reuters\nSign up for Kim Jong Un alerts from Beijing\n");
        Assert.Single(mentions, m => m.Type == MentionType.Organization && m.Text == "Reuters");
        Assert.Single(mentions, m => m.Type == MentionType.Official && m.Text == "Kim Jong Un");
        Assert.Single(mentions, m => m.Type == MentionType.Place && m.Text == "Beijing");
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
