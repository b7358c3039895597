using Attache.Documents;

namespace Attache.Tests.Models;

public class EventClassifierTests
{
    [Fact]
    public void Where_the_model_agrees_on_the_type_the_rule_trigger_word_is_kept()
    {
        // The model alone marks "sent a"; the filter used to swap the rule's "message" for it.
        var document = Extractor.CreateDefault().Extract("Kim Jong Un sent a message to Xi Jinping on Monday.");
        var message = Assert.Single(document.Events);
        Assert.Equal((EventType.Message, "message"), (message.Type, message.TriggerText));
    }
}
