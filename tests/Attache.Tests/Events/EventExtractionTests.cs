using Attache.Documents;

namespace Attache.Tests.Events;

/// <summary>What a newcomer tries first, with the default extractor (rules and models): sentences written for these tests.</summary>
public class EventExtractionTests
{
    private static readonly Extractor Default = Extractor.CreateDefault();

    private static Document Extract(string text, DateOnly? published = null) => Default.Extract(text, new ExtractOptions { Published = published });

    private static string Describe(Document document) => string.Join(", ", document.Events.Select(e => $"{e.Type} '{e.TriggerText}'"));

    [Fact]
    public void Nominal_launches_and_drills_in_a_wire_lead_are_events()
    {
        var document = Extract("Kim Jong Un oversaw the test-firing of two cruise missiles on Sunday. The launch came days after Seoul and Washington began joint drills.");

        Assert.True(document.Events.Any(e => e.Type == EventType.MissileLaunch && e.TriggerText.Contains("test-firing", StringComparison.Ordinal)), Describe(document));
        Assert.True(document.Events.Any(e => e.Type == EventType.MissileLaunch && e.TriggerText.Contains("launch", StringComparison.OrdinalIgnoreCase)), Describe(document));
        Assert.True(document.Events.Any(e => e.Type == EventType.MilitaryExercise && e.TriggerText.Contains("drills", StringComparison.Ordinal)), Describe(document));
    }

    [Fact]
    public void A_headline_missile_test_is_a_launch()
    {
        var document = Extract("China urges restraint over North Korea missile test\n\nBEIJING - China on Monday called for calm.");
        Assert.True(document.Events.Any(e => e.Type == EventType.MissileLaunch && e.TriggerText == "missile test"), Describe(document));
    }

    [Theory]
    [InlineData("The Thai king accepted an invitation to visit Hanoi next year.", "visit")]
    [InlineData("Officials toured the rocket launch pad at Tonghae.", "launch")]
    public void The_model_adds_no_trigger_the_context_says_is_not_asserted(string text, string word)
    {
        var document = Extract(text);
        Assert.False(document.Events.Any(e => e.TriggerText.Contains(word, StringComparison.Ordinal)), Describe(document));
    }

    [Fact]
    public void A_reshuffle_gives_appointments_with_the_official_and_the_office()
    {
        var document = Extract(
            "North Korea has appointed Pak Myong Sun as its new minister of external economic relations, state media said on Friday. "
            + "Pak replaced Yun Jong Ho, who was dismissed at a plenary meeting of the party's Central Committee earlier this week.",
            new DateOnly(2026, 3, 6));

        var appointments = document.Events.Where(e => e.Type == EventType.Appointment).ToList();
        var pak = Assert.Single(document.Entities, e => e.Type == MentionType.Official && e.Name.Contains("Pak Myong Sun", StringComparison.Ordinal));
        Assert.True(appointments.Any(e => e.TriggerText == "appointed" && e.Participants.Contains(pak.Id)), Describe(document));
        Assert.True(appointments.Any(e => e.TriggerText == "dismissed"), Describe(document));
        Assert.Contains(pak.Titles, t => t.Contains("minister of external economic relations", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void News_agencies_bylines_and_credits_are_never_participants()
    {
        var document = Extract(
            "By Mina Park\nSEOUL, June 3 (Yonhap) - South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul, Yonhap reported, citing KCNA and Xinhua.\n(Photo: Reuters/Kim Hong-ji)");

        var meeting = Assert.Single(document.Events, e => e.Type == EventType.Meeting);
        var names = meeting.Participants.Select(id => document.Entities.Single(e => e.Id == id).Name).ToList();
        Assert.DoesNotContain(names, n => n is "Yonhap" or "Korean Central News Agency" or "KCNA" or "Xinhua" or "Reuters");
        Assert.Contains(names, n => n.StartsWith("Lee Jae", StringComparison.Ordinal));
    }

    [Fact]
    public void A_launch_is_not_placed_where_it_was_aimed()
    {
        var document = Extract("North Korea fired a ballistic missile over Japan on Tuesday.");
        var launch = Assert.Single(document.Events, e => e.Type == EventType.MissileLaunch);
        Assert.True(launch.Place is null || document.Entities.Single(e => e.Id == launch.Place).Name != "Japan");
    }
}
