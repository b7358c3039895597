using Attache.Knowledge;
using Attache.Text;

namespace Attache.Tests;

/// <summary>Components declare the draft layers they require and assign; the builder refuses a pipeline that cannot work.</summary>
public class PipelineContractTests
{
    [Fact]
    public void Removing_the_lexicon_names_the_component_that_needs_it_and_the_one_that_gives_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().WithoutModels().Remove("lexicon").Build());
        Assert.Contains("'entity-rules' requires LexiconHits", error.Message, StringComparison.Ordinal);
        Assert.Contains("'lexicon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_component_placed_before_what_it_requires_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().WithoutModels().InsertAfter("sentences", new NeedsEntities()).Build());
        Assert.Contains("'needs-entities' requires Entities", error.Message, StringComparison.Ordinal);
        Assert.Contains("'linker'", error.Message, StringComparison.Ordinal);

        var extractor = new ExtractorBuilder().WithoutModels().Add(new NeedsEntities()).Build();
        Assert.Equal("needs-entities", extractor.Components[^1].Name);
    }

    [Fact]
    public void Every_default_component_declares_what_it_assigns_and_the_pipeline_satisfies_itself()
    {
        var extractor = new ExtractorBuilder().Build();
        Assert.All(extractor.Components, c => Assert.NotEqual(DraftLayers.None, c.Assigns));
        var assigned = DraftLayers.None;
        foreach (var component in extractor.Components)
        {
            Assert.Equal(DraftLayers.None, component.Requires & ~assigned);
            assigned |= component.Assigns;
        }

        Assert.Equal(DraftLayers.Events, assigned & DraftLayers.Events);
    }

    [Fact]
    public void Keep_only_keeps_the_named_components_in_pipeline_order()
    {
        var extractor = new ExtractorBuilder().WithoutModels().KeepOnly("sentences", "tokenizer").Build();
        Assert.Equal(["tokenizer", "sentences"], extractor.Components.Select(c => c.Name));
        Assert.NotEmpty(extractor.Extract("Kim met Xi. They talked.").Sentences);
        Assert.Throws<ArgumentException>(() => new ExtractorBuilder().KeepOnly("tokeniser"));
        Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().KeepOnly("sentences").Build());
    }

    [Theory]
    [InlineData(PipelinePreset.Tokens, new[] { "tokenizer", "sentences" })]
    [InlineData(PipelinePreset.Text, new[] { "boilerplate", "tokenizer", "sentences" })]
    [InlineData(PipelinePreset.Features, new[] { "boilerplate", "tokenizer", "sentences", "lexicon" })]
    public void A_preset_keeps_its_default_components_and_the_users(PipelinePreset preset, string[] expected)
    {
        var extractor = new ExtractorBuilder().WithoutModels().Add(new NeedsSentences()).WithPreset(preset).Build();

        Assert.Equal(expected.Append("needs-sentences"), extractor.Components.Select(c => c.Name));
        Assert.Equal(expected, ExtractorBuilder.DefaultComponents(preset, KnowledgeBase.Default, LanguageProfile.English).Select(c => c.Name));
    }

    [Fact]
    public void The_full_preset_is_the_default_pipeline()
    {
        Assert.Equal(new ExtractorBuilder().ComponentNames, new ExtractorBuilder().WithPreset(PipelinePreset.Full).ComponentNames);
        Assert.Equal(
            new ExtractorBuilder().WithoutModels().Build().Components.Select(c => c.Name),
            ExtractorBuilder.DefaultComponents(PipelinePreset.Full, KnowledgeBase.Default, LanguageProfile.English).Select(c => c.Name));
    }

    [Fact]
    public void Working_layers_are_dropped_once_no_later_component_requires_them()
    {
        const string Text = "Kim Jong Un met Xi Jinping in Beijing.";
        var declares = new CountsLexiconHits(DraftLayers.LexiconHits);
        var silent = new CountsLexiconHits(DraftLayers.None);

        new ExtractorBuilder().Add(declares).Build().Extract(Text);
        new ExtractorBuilder().Add(silent).Build().Extract(Text);

        Assert.True(declares.Seen > 0, "a component that requires lexicon hits sees them");
        Assert.Equal(0, silent.Seen);
    }

    /// <summary>Counts the lexicon hits it sees, at the end of the pipeline.</summary>
    private sealed class CountsLexiconHits(DraftLayers requires) : IDocumentComponent
    {
        public int Seen { get; private set; } = -1;

        public string Name => "counts-lexicon-hits";

        public DraftLayers Requires => requires;

        public void Process(DocumentDraft draft) => Seen = draft.LexiconHitsBySentence().Sum(h => h.Count);
    }

    private sealed class NeedsSentences : IDocumentComponent
    {
        public string Name => "needs-sentences";

        public DraftLayers Requires => DraftLayers.Sentences;

        public void Process(DocumentDraft draft)
        {
        }
    }

    private sealed class NeedsEntities : IDocumentComponent
    {
        public string Name => "needs-entities";

        public DraftLayers Requires => DraftLayers.Entities;

        public void Process(DocumentDraft draft)
        {
        }
    }
}
