using Attache.Documents;

namespace Attache.Tests.Linking;

/// <summary>
/// One id scheme (issue #19): a user's entity keeps its id through the pipeline, the linker's never
/// collide with it, and the frozen document makes every reference a position in the list it names.
/// </summary>
public class EntityIdTests
{
    private const string Text = "Kim Jong Un met staff of the Acme Institute in Beijing.";

    [Fact]
    public void A_users_entity_keeps_its_id_through_the_pipeline_and_linker_ids_never_collide()
    {
        var seen = new SeenAfterLinker();
        var extractor = new ExtractorBuilder()
            .InsertAfter("entity-rules", new AcmeEntity())
            .InsertAfter("linker", seen)
            .Build();

        extractor.Extract(Text);

        var acme = Assert.Single(seen.Entities, e => e.Name == "Acme Institute");
        Assert.Equal(AcmeEntity.Id, acme.Id);
        Assert.Equal(seen.Entities.Count, seen.Entities.Select(e => e.Id).Distinct().Count());
        Assert.Contains(seen.Entities, e => e.Name == "Kim Jong Un" && e.Id != AcmeEntity.Id);
    }

    [Fact]
    public void Every_reference_in_a_document_is_a_position_in_the_list_it_names()
    {
        var extractor = new ExtractorBuilder().InsertAfter("entity-rules", new AcmeEntity()).Build();

        var document = extractor.Extract(Text);

        Assert.Equal(Enumerable.Range(0, document.Entities.Count), document.Entities.Select(e => e.Id));
        var acme = Assert.Single(document.Entities, e => e.Name == "Acme Institute");
        var acmeMention = Assert.Single(acme.Mentions);
        Assert.Equal("Acme Institute", document.Mentions[acmeMention].Text);
        Assert.Equal(acme.Id, document.Mentions[acmeMention].EntityId);
        foreach (var entity in document.Entities)
        {
            Assert.All(entity.Mentions, i => Assert.Equal(entity.Id, document.Mentions[i].EntityId));
        }

        for (var i = 0; i < document.Mentions.Count; i++)
        {
            if (document.Mentions[i].EntityId is { } id)
            {
                Assert.Contains(i, document.Entities[id].Mentions);
            }
        }

        var firstMentions = document.Entities.Select(e => e.Mentions.Min()).ToList();
        Assert.Equal(firstMentions.Order(), firstMentions);
        var meeting = Assert.Single(document.Events, e => e.TriggerText == "met");
        Assert.Equal("Beijing", document.Entities[meeting.Place!.Value].Name);
        Assert.Contains("Kim Jong Un", meeting.Participants.Select(p => document.Entities[p].Name));
    }

    /// <summary>A user's component that makes an entity of its own, with an id the linker would also pick.</summary>
    private sealed class AcmeEntity : IDocumentComponent
    {
        public const int Id = 0;

        public string Name => "acme";

        public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Entities;

        public void Process(DocumentDraft draft)
        {
            var start = draft.Text.IndexOf("Acme Institute", StringComparison.Ordinal);
            draft.Mentions.Add(new Mention(MentionType.Organization, start, start + "Acme Institute".Length, "Acme Institute", MentionSource.Rule, 1.0) { EntityId = Id });
            draft.Entities.Add(new Entity(Id, MentionType.Organization, "Acme Institute", [], [], [draft.Mentions.Count - 1]));
        }
    }

    /// <summary>Records the draft's entities right after the linker, as a later component of the user's sees them.</summary>
    private sealed class SeenAfterLinker : IDocumentComponent
    {
        public List<Entity> Entities { get; } = [];

        public string Name => "seen";

        public DraftLayers Requires => DraftLayers.Entities;

        public void Process(DocumentDraft draft) => Entities.AddRange(draft.Entities);
    }
}
