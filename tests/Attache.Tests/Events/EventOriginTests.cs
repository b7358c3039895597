using Attache.Documents;
using Attache.Models;
using Attache.Tests.Cli;

namespace Attache.Tests.Events;

public class EventOriginTests
{
    private const string Text = "Kim Jong Un visited Beijing and huddled with Xi Jinping.";

    /// <summary>Under the filter policy, a model sure that nothing is an event drops the shipped rules' triggers only.</summary>
    [Fact]
    public void The_filter_keeps_user_triggers_and_user_components_events_by_their_origin_not_their_confidence()
    {
        using var folder = new TempFolder();
        var triggers = folder.File("my-triggers.yaml", "Meeting:\n  strong: [huddled with]\n");
        var extractor = new ExtractorBuilder()
            .WithModels(new ModelSet(NothingModel(BioTags.Names), NothingModel(EventLabels.ClassNames), CombinationSettings.RulesOnly))
            .WithCombination(new CombinationSettings(EntityPolicy.RulesFirst, 0.5f, EventPolicy.Filter, 0.5f))
            .AddTriggersFile(triggers)
            .InsertAfter("event-rules", new UserEvent())
            .Build();

        var events = extractor.Extract(Text).Events;

        Assert.DoesNotContain(events, e => e.TriggerText == "visited");
        var user = Assert.Single(events, e => e.TriggerText == "huddled with");
        Assert.Equal(1.0, user.Confidence);
        var component = Assert.Single(events, e => e.TriggerText == "Beijing");
        Assert.Equal(UserEvent.Confidence, component.Confidence);
    }

    [Fact]
    public void Without_the_model_the_rules_trigger_stays()
    {
        var events = new ExtractorBuilder().WithoutModels().Build().Extract(Text).Events;

        Assert.Contains(events, e => e.TriggerText == "visited" && e.Type == EventType.Visit);
    }

    /// <summary>A model whose bias puts every token in class 0 (no event, or O) with near certainty.</summary>
    private static LinearModel NothingModel(IReadOnlyList<string> classes)
    {
        const float Sure = 20f;
        var biases = new float[classes.Count];
        biases[0] = Sure;
        return new LinearModel(classes, biases, new float[FeatureHasher.Dimension * classes.Count]);
    }

    /// <summary>A user's component that marks "Beijing" as a low-confidence meeting.</summary>
    private sealed class UserEvent : IDocumentComponent
    {
        public const double Confidence = 0.3;

        public string Name => "user-event";

        public DraftLayers Requires => DraftLayers.Sentences;

        public DraftLayers Assigns => DraftLayers.Events;

        public void Process(DocumentDraft draft)
        {
            var start = draft.Text.IndexOf("Beijing", StringComparison.Ordinal);
            draft.Events.Add(new Event(EventType.Meeting, start, start + "Beijing".Length, "Beijing", 0, Confidence));
        }
    }
}
