using Attache.Documents;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Events;

/// <summary>
/// Rule-based events. A trigger of the trigger lexicon makes an event when it is strong, or when it is
/// weak and a context word of its type stands in the same sentence or the one before (<c>fired</c> needs <c>missile</c>),
/// or when it is definite and its head word ended a trigger of its type earlier in the document (<c>the test</c> after <c>a nuclear test</c>).
/// Overlapping triggers keep the longest. Triggers that name no asserted occurrence make none
/// (<see cref="TriggerAssertion"/>: <c>has not issued</c>, <c>could escalate</c>, <c>ready to meet</c>,
/// <c>nuclear test site</c>). Participants are the officials, organisations and
/// countries of the sentence; the place is the place the trigger governs (<c>visited Seoul</c>,
/// <c>in Beijing</c>); the date is the sentence's date expression nearest the trigger.
/// </summary>
internal sealed class EventRules(KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    private const double StrongConfidence = 0.75;
    private const double WeakConfidence = 0.6;

    /// <summary>The confidence of an event from a user's trigger phrase (the event classifier keeps such events by their <see cref="EventOrigin"/>).</summary>
    private const double UserConfidence = 1.0;

    public string Name => "event-rules";

    public DraftLayers Requires => DraftLayers.Sentences | DraftLayers.LexiconHits | DraftLayers.Entities;

    public DraftLayers Assigns => DraftLayers.Events;

    public void Process(DocumentDraft draft)
    {
        var linked = EventArguments.LinkedByStart(draft);
        foreach (var (sentence, triggers) in Triggers(draft, knowledge, language, NameTokens(draft)))
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            var arguments = new EventArguments(draft, sentence, linked, knowledge.NewsOrganizations, language);
            foreach (var (hit, record) in triggers)
            {
                draft.Events.Add(record.FromUser
                    ? arguments.Create(record.Type, hit.StartToken, hit.EndToken, UserConfidence, EventOrigin.UserTriggers)
                    : arguments.Create(record.Type, hit.StartToken, hit.EndToken, record.Weak ? WeakConfidence : StrongConfidence, EventOrigin.Rules));
            }
        }
    }

    /// <summary>
    /// The trigger-lexicon hits that make events, per sentence in token order: strong ones, and weak ones
    /// whose sentence, or the sentence before, holds a context word of their type; longest first where they overlap; none that
    /// names no asserted occurrence (<see cref="TriggerAssertion"/>) or lies inside a name (<paramref name="inName"/>, per token). The annotation audit
    /// asks the same question of gold documents.
    /// </summary>
    internal static IEnumerable<(Sentence Sentence, List<(LexiconHit Hit, TriggerRecord Record)> Triggers)> Triggers(DocumentDraft draft, KnowledgeBase knowledge, LanguageProfile language, bool[] inName)
    {
        var byStart = draft.LexiconHitsBySentence();
        var lower = draft.LowerTokenTexts();
        // The head words of the document's triggers so far, per type: a later weak trigger with the same
        // head refers back to that occurrence ("a nuclear test ... the test produced no leakage").
        var heads = new Dictionary<string, HashSet<EventType>>(StringComparer.Ordinal);
        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            var from = sentence.FirstToken;
            var to = from + sentence.TokenCount;
            // A weak trigger's context may stand in the sentence before: "... fired two missiles. The launch came ..."
            var contextFrom = sentence.Index > 0 ? draft.Sentences[sentence.Index - 1].FirstToken : from;
            var words = lower[contextFrom..to];
            var triggers = new List<(LexiconHit Hit, TriggerRecord Record)>();
            var taken = new bool[sentence.TokenCount];
            foreach (var hit in byStart[sentence.Index]
                         .Where(h => h.Entry.Kind == LexiconKind.Trigger)
                         .Select(h => (Hit: h, Record: knowledge.Triggers[h.Entry.Index]))
                         .OrderByDescending(x => x.Hit.EndToken - x.Hit.StartToken)
                         .ThenBy(x => x.Record.Weak)
                         .ThenBy(x => x.Hit.StartToken))
            {
                if (Any(taken, hit.Hit.StartToken - from, hit.Hit.EndToken - from))
                {
                    continue;
                }

                if (hit.Record.Weak && !HasContext(words, contextFrom, hit.Hit, knowledge.TriggerContext[hit.Record.Type])
                    && !RefersBack(lower, hit.Hit, hit.Record.Type, heads, language.DefiniteDeterminers))
                {
                    continue;
                }

                if (Any(inName, hit.Hit.StartToken, hit.Hit.EndToken)
                    || TriggerAssertion.Read(lower, sentence, hit.Hit.StartToken, hit.Hit.EndToken, language) != TriggerReading.Asserted)
                {
                    continue;
                }

                Array.Fill(taken, true, hit.Hit.StartToken - from, hit.Hit.EndToken - hit.Hit.StartToken);
                triggers.Add(hit);
                if (!heads.TryGetValue(lower[hit.Hit.EndToken - 1], out var headTypes))
                {
                    heads[lower[hit.Hit.EndToken - 1]] = headTypes = [];
                }

                headTypes.Add(hit.Record.Type);
            }

            if (triggers.Count > 0)
            {
                yield return (sentence, [.. triggers.OrderBy(t => t.Hit.StartToken)]);
            }
        }
    }

    /// <summary>
    /// A definite weak trigger whose head word ended a trigger of its type earlier in the document refers back
    /// to that occurrence ("a nuclear test ... the test"); an indefinite one ("a test would") does not.
    /// </summary>
    private static bool RefersBack(string[] lower, LexiconHit hit, EventType type, Dictionary<string, HashSet<EventType>> heads, IReadOnlySet<string> definite) =>
        hit.StartToken > 0 && definite.Contains(lower[hit.StartToken - 1])
        && heads.TryGetValue(lower[hit.EndToken - 1], out var types) && types.Contains(type);

    private static bool HasContext(string[] words, int from, LexiconHit hit, HashSet<string> context)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var token = from + i;
            if ((token < hit.StartToken || token >= hit.EndToken) && context.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(bool[] flags, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (flags[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which tokens lie inside a name, title or organisation: a trigger word there is part of a name.</summary>
    private static bool[] NameTokens(DocumentDraft draft)
    {
        var inName = new bool[draft.Tokens.Count];
        foreach (var m in draft.Mentions.Where(m => m.Type is MentionType.Organization or MentionType.Title or MentionType.Official or MentionType.Person))
        {
            // from the last token that starts at or before the mention
            for (var t = Math.Max(0, OffsetSearch.LowerBound(draft.Tokens, m.Start + 1, t => t.Start) - 1); t < draft.Tokens.Count && draft.Tokens[t].Start < m.End; t++)
            {
                if (draft.Tokens[t].End > m.Start)
                {
                    inName[t] = true;
                }
            }
        }

        return inName;
    }
}
