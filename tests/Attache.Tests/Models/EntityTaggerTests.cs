using Attache.Documents;
using Attache.Models;

namespace Attache.Tests.Models;

public class EntityTaggerTests
{
    // None of these officials is in the knowledge base.
    [Theory]
    [InlineData("Vice Foreign Minister Pak Myong Chol met Chinese Vice Premier Sun Chunlan in Beijing on Tuesday.", "Pak Myong Chol", "Vice Foreign Minister")]
    [InlineData("Vice Foreign Minister Ri Kwang Son met Chinese Vice Premier Hu Chunhua in Beijing on Tuesday.", "Ri Kwang Son", "Vice Premier")]
    [InlineData("State Councilor Shen Yiqin met Vice Foreign Minister Kim Son Gyong in Beijing on Tuesday.", "Shen Yiqin", "State Councilor")]
    [InlineData("Vice Foreign Minister Pak Myong Ho met Chinese Vice Premier Liu Guozhong.", "Pak Myong Ho", "Vice Foreign Minister")]
    public void The_model_alone_tags_names_that_no_list_holds(string sentence, string official, string title)
    {
        var modelOnly = new ExtractorBuilder()
            .WithCombination(ModelStore.Embedded!.Combination.ToModelOnly())
            .Build();
        var mentions = modelOnly.Extract(sentence).Mentions.Select(m => (m.Type, m.Text, m.Source)).ToArray();

        Assert.Contains((MentionType.Official, official, MentionSource.Model), mentions);
        Assert.Contains((MentionType.Title, title, MentionSource.Model), mentions);
        if (sentence.Contains("Beijing", StringComparison.Ordinal))
        {
            Assert.Contains((MentionType.Place, "Beijing", MentionSource.Model), mentions);
        }
    }

    [Theory]
    [InlineData("Vietnamese Leader Pledges to Deepen Ties with Laos", "Deepen")]
    [InlineData("Mongolian President Vows to Broaden Trade with Seoul", "Broaden")]
    public void A_headline_verb_is_no_person(string headline, string verb)
    {
        Assert.DoesNotContain(Extractor.CreateDefault().Extract(headline).Mentions, m => m.Text == verb);
    }

    [Fact]
    public void A_known_family_name_alone_in_a_headline_stays_an_official()
    {
        Assert.Contains(Extractor.CreateDefault().Extract("Putin Hails Talks with Pyongyang Envoy").Mentions, m => m.Type == MentionType.Official && m.Text == "Putin");
    }

    [Fact]
    public void The_default_extractor_tags_new_officials_with_their_titles()
    {
        var document = Extractor.CreateDefault().Extract("Vice Foreign Minister Pak Myong Ho met Chinese Vice Premier Liu Guozhong.");
        var mentions = document.Mentions.Select(m => (m.Type, m.Text)).ToArray();
        Assert.Contains((MentionType.Official, "Pak Myong Ho"), mentions);
        Assert.Contains((MentionType.Official, "Liu Guozhong"), mentions);
        var titles = document.Relations.Where(r => r.Type == RelationType.HasTitle).Select(r => (document.Mentions[r.From].Text, document.Mentions[r.To].Text)).ToArray();
        Assert.Contains(("Pak Myong Ho", "Vice Foreign Minister"), titles);
        Assert.Contains(("Liu Guozhong", "Vice Premier"), titles);
    }

    [Fact]
    public void Model_mentions_always_form_valid_spans_over_whole_tokens()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var text = File.ReadAllText(file);
            var document = Extractor.CreateDefault().Extract(text);
            var starts = document.Tokens.Select(t => t.Start).ToHashSet();
            var ends = document.Tokens.Select(t => t.End).ToHashSet();
            Assert.All(document.Mentions.Where(m => m.Source == MentionSource.Model), m =>
            {
                Assert.Contains(m.Start, starts);
                Assert.Contains(m.End, ends);
                Assert.Equal(text[m.Start..m.End], m.Text);
            });
        }
    }

    [Fact]
    public void The_default_extractor_reads_a_capitalised_agency_name_as_no_person()
    {
        var mentions = Extractor.CreateDefault().Extract("Beijing confirmed the visit, China's official New China News Agency reported on Tuesday.").Mentions;
        Assert.DoesNotContain(mentions, m => m.Type is MentionType.Official or MentionType.Person);
    }

    [Fact]
    public void The_model_alone_replaces_the_rules_but_keeps_a_user_components_mentions()
    {
        var modelOnly = new ExtractorBuilder()
            .WithCombination(ModelStore.Embedded!.Combination.ToModelOnly())
            .InsertAfter("entity-rules", new TagsTheFleet())
            .Build();
        var mentions = modelOnly.Extract("The Pacific Fleet sailed while Xi Jinping met Kim Jong Un in Beijing.").Mentions;

        Assert.Contains(mentions, m => m is { Type: MentionType.Organization, Text: "Pacific Fleet", Source: MentionSource.Rule });
        Assert.Contains(mentions, m => m is { Type: MentionType.Official, Text: "Xi Jinping", Source: MentionSource.Model });
    }

    /// <summary>A user's component that tags one name the shipped lists do not hold.</summary>
    private sealed class TagsTheFleet : IDocumentComponent
    {
        public string Name => "fleet";

        public DraftLayers Requires => DraftLayers.Tokens;

        public DraftLayers Assigns => DraftLayers.Mentions;

        public void Process(DocumentDraft draft)
        {
            var start = draft.Text.IndexOf("Pacific Fleet", StringComparison.Ordinal);
            draft.Mentions.Add(new Mention(MentionType.Organization, start, start + "Pacific Fleet".Length, "Pacific Fleet", MentionSource.Rule, 1.0));
        }
    }
}
