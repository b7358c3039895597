using Attache.Documents;
using Attache.Models;

namespace Attache.Linking;

/// <summary>
/// Enforces the mention invariant before anything is linked: no two mentions of one type overlap. Of two that
/// do, the more confident stays, and the longer where they are equally confident: a rule that reads
/// "Warrant Officer David Hilemon" as one name loses to the knowledge-base match "David Hilemon". Relations
/// of a dropped mention are dropped with it. Mentions of different types may nest (a Place inside a Title).
/// </summary>
internal sealed class OverlappingMentions : IDocumentComponent
{
    public string Name => "overlaps";

    public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Relations;

    public void Process(DocumentDraft draft)
    {
        var state = new MergeState(draft);
        var removed = false;
        foreach (var i in Enumerable.Range(0, state.Mentions.Count)
                     .OrderByDescending(i => state.Mentions[i].Confidence)
                     .ThenByDescending(i => state.Mentions[i].End - state.Mentions[i].Start)
                     .ThenBy(i => state.Mentions[i].Start))
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            var mention = state.Mentions[i];
            foreach (var j in state.Near(mention.Start, mention.End))
            {
                if (j != i && Outranks(state, j, i))
                {
                    state.Remove(i);
                    removed = true;
                    break;
                }
            }
        }

        if (removed)
        {
            state.WriteBack(draft);
        }
    }

    /// <summary>Whether mention <paramref name="kept"/> of the same type overlaps <paramref name="other"/> and was seen first (ranks higher).</summary>
    private static bool Outranks(MergeState state, int kept, int other)
    {
        var (a, b) = (state.Mentions[kept], state.Mentions[other]);
        return a.Type == b.Type && a.Span.Overlaps(b.Span)
            && (a.Confidence, a.End - a.Start, -a.Start).CompareTo((b.Confidence, b.End - b.Start, -b.Start)) > 0;
    }
}
