using Attache.Documents;
using Attache.Models;

namespace Attache.Events;

/// <summary>
/// The event classifier's feature of a token inside a trigger-lexicon hit (<c>trig</c> of <c>Visit:strong:B</c>:
/// type, strong or weak, first token or not), hashed once for every combination, with the prefix of its
/// conjunctions with sentence cues (<c>trig&amp;</c>), so featurizing a sentence makes no strings for it.
/// </summary>
internal sealed record TriggerCue(int Hash, uint JoinedPrefix)
{
    private static readonly TriggerCue[] Table = Build();

    /// <summary>The cue of a token of a hit of <paramref name="type"/>.</summary>
    public static TriggerCue Of(EventType type, bool weak, bool begin) => Table[Index(type, weak, begin)];

    private static int Index(EventType type, bool weak, bool begin) => ((int)type * 4) + (weak ? 2 : 0) + (begin ? 1 : 0);

    private static TriggerCue[] Build()
    {
        var types = Enum.GetValues<EventType>();
        var table = new TriggerCue[(types.Max(t => (int)t) + 1) * 4];
        foreach (var type in types)
        {
            foreach (var weak in new[] { false, true })
            {
                foreach (var begin in new[] { false, true })
                {
                    var text = $"{type}:{(weak ? "weak" : "strong")}:{(begin ? "B" : "I")}";
                    table[Index(type, weak, begin)] = new TriggerCue(FeatureHasher.Hash("trig", text), FeatureHasher.Prefix("trig&", text));
                }
            }
        }

        return table;
    }
}
