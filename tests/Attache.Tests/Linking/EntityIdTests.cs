using Attache.Documents;

namespace Attache.Tests.Linking;

/// <summary>Entity ids stay unique when a user's component makes entities of its own before the linker.</summary>
public class EntityIdTests
{
    [Fact]
    public void Entities_a_component_made_keep_their_ids_and_new_ones_never_collide()
    {
        const string Text = "Kim Jong Un met staff of the Acme Institute in Beijing.";
        var extractor = new ExtractorBuilder().InsertAfter("entity-rules", new AcmeEntity()).Build();

        var document = extractor.Extract(Text);

        Assert.Equal(document.Entities.Count, document.Entities.Select(e => e.Id).Distinct().Count());
        var acme = Assert.Single(document.Entities, e => e.Name == "Acme Institute");
        Assert.Equal(AcmeEntity.Id, acme.Id);
        Assert.Same(acme, document.EntityById(AcmeEntity.Id));
        Assert.Equal(AcmeEntity.Id, Assert.Single(document.Mentions, m => m.Text == "Acme Institute").EntityId);
        Assert.All(document.Mentions.Where(m => m.EntityId is not null), m => Assert.NotNull(document.EntityById(m.EntityId!.Value)));
        Assert.Contains(document.Entities, e => e.Name == "Kim Jong Un" && e.Id != AcmeEntity.Id);
        Assert.Null(document.EntityById(-1));
    }

    private sealed class AcmeEntity : IDocumentComponent
    {
        public const int Id = 1;

        public string Name => "acme";

        public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Entities;

        public void Process(DocumentDraft draft)
        {
            var start = draft.Text.IndexOf("Acme Institute", StringComparison.Ordinal);
            draft.Mentions.Add(new Mention(MentionType.Organization, start, start + "Acme Institute".Length, "Acme Institute", MentionSource.Rule, 1.0) { EntityId = Id });
            draft.Entities.Add(new Entity(Id, MentionType.Organization, "Acme Institute", [], [], [draft.Mentions.Count - 1]));
        }
    }
}
