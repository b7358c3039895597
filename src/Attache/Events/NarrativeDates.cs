using Attache.Documents;

namespace Attache.Events;

/// <summary>
/// Dates the events whose own sentence gives no date from the story around them, as readers (and the
/// guidelines' annotators) do: a later mention of an event type takes the date of the last dated event of that
/// type ("the visit" after "arrived in Beijing on Monday"); otherwise an event takes the date of the last
/// dated event at most <see cref="NarrativeReach"/> sentences before it ("Kim met Xi on Monday. He also
/// visited a factory."). Only dates an event's own sentence gave are passed on, so a date never travels further
/// than one step. Runs after every event component, so rule, model and user events are dated alike.
/// </summary>
internal sealed class NarrativeDates : IDocumentComponent
{
    /// <summary>How many sentences a date carries forward to events of other types (chosen on the dev split).</summary>
    private const int NarrativeReach = 5;

    /// <summary>How many events pass between checks of the cancellation token (a dense article has hundreds of thousands).</summary>
    private const int CancellationStride = 4096;

    public string Name => "event-dates";

    public DraftLayers Requires => DraftLayers.Sentences | DraftLayers.Events;

    public DraftLayers Assigns => DraftLayers.Events;

    public void Process(DocumentDraft draft)
    {
        var lastByType = new Dictionary<EventType, string>();
        string? last = null;
        var lastSentence = 0;
        var order = Enumerable.Range(0, draft.Events.Count).OrderBy(i => draft.Events[i].Start).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            if (k % CancellationStride == 0)
            {
                draft.CancellationToken.ThrowIfCancellationRequested();
            }

            var i = order[k];
            var ev = draft.Events[i];
            if (ev.Date is { } own)
            {
                lastByType[ev.Type] = own;
                last = own;
                lastSentence = ev.Sentence;
                continue;
            }

            var date = lastByType.GetValueOrDefault(ev.Type) ?? (last is not null && ev.Sentence - lastSentence <= NarrativeReach ? last : null);
            if (date is not null)
            {
                draft.Events[i] = ev with { Date = date };
            }
        }
    }
}
