using Attache.Documents;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;

namespace Attache.Events;

/// <summary>
/// The trained event classifier: gives each token the probability of every event type (or none) from
/// <see cref="EventFeaturizer"/> features; runs of tokens of one type above the threshold are model
/// triggers. Combined with the rule triggers by <see cref="CombinationSettings.EventPolicy"/>:
/// <see cref="EventPolicy.Union"/> adds model triggers where no rule trigger overlaps and the context asserts
/// the occurrence (<see cref="TriggerAssertion"/>, the test the rules apply); <see cref="EventPolicy.Filter"/>
/// also drops the shipped rules' triggers the model scores as no event (never those of a user's trigger file or
/// a user's component: <see cref="Event.Origin"/>);
/// <see cref="EventPolicy.ModelOnly"/> keeps only the model's.
/// </summary>
internal sealed class EventClassifier(LinearModel model, CombinationSettings settings, KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    /// <summary>How far apart (in characters) a model trigger and a rejected rule trigger of its type may be for the rule's to be kept.</summary>
    private const int NearRule = 12;

    private readonly CachedScorer _scorer = new(model, new EventFeaturizer(knowledge, language));

    public string Name => "event-classifier";

    public DraftLayers Requires => DraftLayers.Sentences | DraftLayers.LexiconHits | DraftLayers.Entities;

    public DraftLayers Assigns => DraftLayers.Events;

    public void Process(DocumentDraft draft)
    {
        if (settings.EventPolicy == EventPolicy.RulesOnly)
        {
            return;
        }

        // Events are handled sentence by sentence from one grouping, so a document of many events costs one pass.
        var bySentence = new List<Event>[draft.Sentences.Count];
        var elsewhere = new List<Event>();
        foreach (var e in settings.EventPolicy == EventPolicy.ModelOnly ? [] : draft.Events)
        {
            if ((uint)e.Sentence < (uint)bySentence.Length)
            {
                (bySentence[e.Sentence] ??= []).Add(e);
            }
            else
            {
                elsewhere.Add(e); // a user component's event outside every sentence is left as it is
            }
        }

        var classes = model.Classes.Count;
        var byStart = draft.LexiconHitsBySentence();
        var linked = EventArguments.LinkedByStart(draft);
        var lower = draft.LowerTokenTexts();
        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            var scores = _scorer.Score(draft, sentence, byStart[sentence.Index]);
            var sentenceEvents = bySentence[sentence.Index] ??= [];

            var rejected = new List<Event>();
            if (settings.EventPolicy == EventPolicy.Filter)
            {
                rejected = sentenceEvents.Where(e => e.Origin == EventOrigin.Rules && NoEvent(draft, sentence, e, scores, classes)).ToList();
                sentenceEvents.RemoveAll(rejected.Contains);
            }

            EventArguments? arguments = null;
            for (var i = 0; i < sentence.TokenCount;)
            {
                var (best, p) = Best(scores.AsSpan(i * classes, classes));
                if (best == EventLabels.None || p < settings.EventThreshold)
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                var sum = (double)p;
                while (end < sentence.TokenCount && Best(scores.AsSpan(end * classes, classes)) is var (next, q) && next == best && q >= settings.EventThreshold)
                {
                    sum += q;
                    end++;
                }

                var start = draft.Tokens[sentence.FirstToken + i].Start;
                var stop = draft.Tokens[sentence.FirstToken + end - 1].End;
                if (!sentenceEvents.Any(e => e.Start < stop && start < e.End) && !draft.IsBoilerplate(new TextSpan(start, stop))
                    && TriggerAssertion.Read(lower, sentence, sentence.FirstToken + i, sentence.FirstToken + end, language) == TriggerReading.Asserted)
                {
                    // Where the model finds the type a rule trigger next to it had, the rule's trigger word
                    // is the better span ("message", not "sent a" in "sent a message"): it comes back.
                    var rule = rejected.FirstOrDefault(e => e.Type == EventLabels.TypeOf(best) && e.Start - stop <= NearRule && start - e.End <= NearRule);
                    if (rule is not null)
                    {
                        rejected.Remove(rule);
                        sentenceEvents.Add(rule);
                    }
                    else
                    {
                        arguments ??= new EventArguments(draft, sentence, linked, knowledge.NewsOrganizations, language);
                        sentenceEvents.Add(arguments.Create(EventLabels.TypeOf(best), sentence.FirstToken + i, sentence.FirstToken + end, sum / (end - i), EventOrigin.Model));
                    }
                }

                i = end;
            }
        }

        draft.Events.Clear();
        draft.Events.AddRange(elsewhere);
        foreach (var events in bySentence)
        {
            draft.Events.AddRange(events ?? []);
        }
    }

    private bool NoEvent(DocumentDraft draft, Sentence sentence, Event ev, float[] scores, int classes)
    {
        var first = OffsetSearch.LowerBound(draft.Tokens, ev.Start, t => t.Start);
        for (var i = first - sentence.FirstToken; i >= 0 && i < sentence.TokenCount && draft.Tokens[sentence.FirstToken + i].Start < ev.End; i++)
        {
            if (LinearModel.Probability(scores.AsSpan(i * classes, classes), 0) < 1 - settings.EventThreshold)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The best class of one token and, unless it is "none", its probability (the only one a caller needs).</summary>
    private static (int Class, float Probability) Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return (best, best == 0 ? 0 : LinearModel.Probability(scores, best));
    }
}
