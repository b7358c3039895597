using Attache.Documents;

namespace Attache.Tests.Models;

/// <summary>The merger on model mentions planted by a stand-in tagger, so each case is fixed and can fail.</summary>
public class MentionMergerTests
{
    private static Document Merge(string text, params (string Phrase, MentionType Type)[] modelMentions) =>
        new ExtractorBuilder().Replace("entity-tagger", new PlantedCandidates(modelMentions)).Build().Extract(text);

    [Fact]
    public void A_model_title_that_cuts_a_known_title_phrase_is_dropped()
    {
        var document = Merge("Kim Jong Un sent a special envoy to Beijing.", ("special", MentionType.Title));
        Assert.DoesNotContain(document.Mentions, m => m.Type == MentionType.Title);
    }

    [Fact]
    public void A_model_title_the_lexicon_does_not_hold_is_kept_and_attached()
    {
        var document = Merge("Grand Steward Ri Yong Chol arrived.", ("Grand Steward", MentionType.Title), ("Ri Yong Chol", MentionType.Official));
        var relation = Assert.Single(document.Relations, r => r.Type == RelationType.HasTitle);
        Assert.Equal(("Ri Yong Chol", "Grand Steward"), (document.Mentions[relation.From].Text, document.Mentions[relation.To].Text));
    }

    [Fact]
    public void A_model_place_naming_a_field_of_study_is_dropped()
    {
        var document = Merge("Lim Eul-chul, a professor of Ruritania studies, spoke.", ("Ruritania", MentionType.Place));
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Ruritania");
    }

    private sealed class PlantedCandidates((string Phrase, MentionType Type)[] mentions) : IDocumentComponent
    {
        public string Name => "entity-tagger";

        public DraftLayers Assigns => DraftLayers.Candidates;

        public void Process(DocumentDraft draft)
        {
            foreach (var (phrase, type) in mentions)
            {
                var at = draft.Text.IndexOf(phrase, StringComparison.Ordinal);
                draft.Candidates.Add(new Mention(type, at, at + phrase.Length, phrase, MentionSource.Model, 0.9));
            }
        }
    }
}
