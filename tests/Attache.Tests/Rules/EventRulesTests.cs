using Attache.Documents;

namespace Attache.Tests.Rules;

public class EventRulesTests
{
    private static readonly Extractor Rules = new ExtractorBuilder().WithoutModels().Build();

    private static (EventType Type, string Trigger, string? Date)[] Events(string text, DateOnly? published = null) =>
        Rules.Extract(text, new ExtractOptions { Published = published }).Events.Select(e => (e.Type, e.TriggerText, e.Date)).ToArray();

    [Theory]
    [InlineData("Kim Jong Un visited Beijing on Monday.", EventType.Visit, "visited")]
    [InlineData("North Korea fired two ballistic missiles into the sea.", EventType.MissileLaunch, "fired")]
    [InlineData("North Korea conducted its sixth nuclear test.", EventType.NuclearTest, "nuclear test")]
    [InlineData("Seoul and Washington finished joint military drills.", EventType.MilitaryExercise, "joint military drills")]
    [InlineData("Japan condemned the launch.", EventType.Criticism, "condemned")]
    [InlineData("North Korea released 16 Chinese fishermen.", EventType.Release, "released")]
    [InlineData("The council imposed new sanctions on Pyongyang.", EventType.Sanctions, "sanctions")]
    [InlineData("The two countries mark the 75th anniversary of ties.", EventType.Anniversary, "anniversary")]
    public void Trigger_words_make_events_of_their_type(string text, EventType type, string trigger)
    {
        Assert.Contains(Events(text), e => e.Type == type && e.Trigger == trigger);
    }

    [Theory]
    [InlineData("Pyongyang has not met the envoy.")]
    [InlineData("The move could escalate tensions and he could visit later.")]
    [InlineData("The company launched a new phone.")]
    public void Negated_hypothetical_and_out_of_context_triggers_make_no_event(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Type is EventType.Visit or EventType.MissileLaunch or EventType.Meeting);
    }

    [Theory]
    [InlineData("The premier said Hanoi stood ready to host the leaders next spring.", "host")]
    [InlineData("Mongolia invited Emperor Naruhito to visit Ulaanbaatar.", "visit")]
    [InlineData("Satellite images show new construction at the Sohae launch site.", "launch")]
    [InlineData("Envoys urged a return to the stalled talks.", "talks")]
    [InlineData("The minister would welcome a resumption of dialogue with Tokyo.", "dialogue")]
    [InlineData("Seoul repeated its offer of military talks on Friday.", "talks")]
    [InlineData("Several members renewed their calls for new sanctions.", "sanctions")]
    [InlineData("The families called for the release of the sailors.", "release")]
    [InlineData("Washington will push for tougher sanctions at the council.", "sanctions")]
    [InlineData("Pyongyang kept its moratorium on long-range missile tests.", "missile tests")]
    [InlineData("Analysts said Pyongyang was readying its seventh nuclear test.", "test")]
    [InlineData("Analysts said Pyongyang was readying its seventh nuclear test.", "nuclear test")]
    [InlineData("The drills threatened regional security, the ministry said.", "threatened")]
    [InlineData("Pyongyang made threats to launch a satellite.", "launch")]
    [InlineData("The North vowed to test-fire more rockets.", "test-fire")]
    [InlineData("Mongolia's army released a statement on the drills.", "released")]
    [InlineData("Photos released by the ministry showed the new pier.", "released")]
    [InlineData("The vote sends a clear message to Naypyidaw.", "message")]
    [InlineData("The plan was met with strong criticism in Ulaanbaatar.", "met")]
    public void Desired_threatened_prospective_modifying_and_other_sense_triggers_make_no_event(string text, string trigger)
    {
        Assert.DoesNotContain(Events(text), e => e.Trigger == trigger);
    }

    [Theory]
    [InlineData("The foreign ministers met in Hanoi and agreed to a return to the talks and criticised the tests.", "criticised")]
    [InlineData("Pakistan's army chief arrived in Beijing to visit a naval base.", "arrived in")]
    [InlineData("The Vietnamese delegation wants closer ties after talks in Seoul.", "talks")]
    [InlineData("After the report, Hanoi released two fishermen on Friday.", "released")] // punctuation ends an other-sense cue's reach
    [InlineData("Prime Minister Modi sent a message to the Mongolian president.", "message")]
    [InlineData("The Mongolian president met with Modi in Delhi.", "met")]
    public void Asserted_triggers_beside_a_cue_stay_events(string text, string trigger)
    {
        Assert.Contains(Events(text), e => e.Trigger == trigger);
    }

    [Fact]
    public void Events_get_place_participants_and_a_resolved_date()
    {
        var document = Rules.Extract("Chief Cabinet Secretary Yoshihide Suga visited Seoul on Wednesday.", new ExtractOptions { Published = new DateOnly(2013, 5, 22) });
        var visit = Assert.Single(document.Events, e => e.Type == EventType.Visit);
        Assert.Equal("2013-05-22", visit.Date);
        Assert.Equal("Seoul", document.Entities.Single(e => e.Id == visit.Place).Name);
        Assert.Contains(document.Entities.Single(e => e.Name == "Yoshihide Suga").Id, visit.Participants);
    }

    [Theory]
    [InlineData("The Mongolian minister urged North Korea to return to dialogue.", EventType.Appeal)]
    [InlineData("The foreign ministry condemned Japan for the remarks.", EventType.Criticism)]
    public void A_place_an_event_is_aimed_at_is_a_participant_not_its_place(string text, EventType type)
    {
        var document = Rules.Extract(text);
        var aimed = Assert.Single(document.Events, e => e.Type == type);
        Assert.Null(aimed.Place);
        Assert.Contains(aimed.Participants, p => document.Entities[p].Type == MentionType.Place);
    }

    [Fact]
    public void An_event_without_a_date_of_its_own_takes_the_story_date()
    {
        var events = Events(
            "Mongolia's president arrived in Tokyo on Tuesday. The visit is his second. On Wednesday he met the emperor. He also signed a trade accord.",
            new DateOnly(2024, 11, 28));
        Assert.Contains(("visit", "2024-11-26"), events.Select(e => (e.Trigger, e.Date)));
        Assert.Contains(("signed", "2024-11-27"), events.Select(e => (e.Trigger, e.Date)));
    }

    [Fact]
    public void A_day_without_a_year_is_the_one_nearest_publication()
    {
        var events = Events("Laos will hold talks with Thailand on Dec. 9.", new DateOnly(2025, 12, 1));
        Assert.Contains(("talks", "2025-12-09"), events.Select(e => (e.Trigger, e.Date)));
    }

    [Fact]
    public void A_date_after_since_is_no_events_date()
    {
        var events = Events("The minister, who had served since March 2019, resigned.", new DateOnly(2025, 12, 1));
        Assert.Contains(("resigned", (string?)null), events.Select(e => (e.Trigger, e.Date)));
    }

    [Theory]
    [InlineData("The Thai premier will meet the Lao president in Vientiane on Tuesday.", "meet", "2025-12-02")]
    [InlineData("The Thai premier met the Lao president in Vientiane on Tuesday.", "met", "2025-11-25")]
    [InlineData("The envoy arrives in Seoul next Monday.", "arrives in", "2025-12-08")]
    public void A_weekday_is_the_coming_one_for_a_scheduled_event(string text, string trigger, string date)
    {
        Assert.Contains((trigger, date), Events(text, new DateOnly(2025, 12, 1)).Select(e => (e.Trigger, e.Date)));
    }
}
