using Attache.Documents;
using Attache.Text;

namespace Attache.Events;

/// <summary>
/// Whether the words around a trigger-lexicon phrase let it name an occurrence the text asserts, by the
/// guidelines' list of what is not an event: negated, hypothetical, desired or prospective occurrences, a
/// trigger word modifying a noun, and a trigger word in another sense ("a photo released"). (A capitalised trigger word inside a name is no cue: "the First Plenary
/// Session" and "the Nuclear Security Summit" are occurrences.) The cue words are language data (<see cref="LanguageProfile.Negations"/> and its siblings). The event rules drop triggers that
/// are not <see cref="TriggerReading.Asserted"/>; the event featurizer gives the reading to the model; the
/// annotation audit asks the same question of gold documents.
/// </summary>
internal static class TriggerAssertion
{
    /// <summary>How many words before a trigger a negation reaches ("has not yet visited").</summary>
    private const int NegationReach = 3;

    /// <summary>How many words before a trigger a hypothetical cue reaches ("could soon test").</summary>
    private const int HypotheticalReach = 2;

    /// <summary>How many words before the "to" of "ready to meet" a desire cue reaches ("invited Putin to visit").</summary>
    private const int DesireReach = 3;

    /// <summary>How many words may stand between a prospective phrase and the trigger ("return to the six-party talks", "preparing a seventh nuclear test").</summary>
    private const int ProspectiveGap = 3;

    /// <summary>How far from a trigger word a word that gives it another sense reaches ("met with strong criticism").</summary>
    private const int SenseReach = 3;

    /// <summary>
    /// The reading of the trigger at tokens [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="sentence"/>; <paramref name="lower"/> is the document's lower-case token texts, and
    /// <paramref name="language"/> gives the cue words.
    /// </summary>
    public static TriggerReading Read(string[] lower, Sentence sentence, int start, int end, LanguageProfile language)
    {
        var from = sentence.FirstToken;
        for (var i = start - 1; i >= from && i >= start - NegationReach; i--)
        {
            if (language.Negations.Contains(lower[i]))
            {
                return TriggerReading.Negated;
            }

            if (i >= start - HypotheticalReach && language.HypotheticalCues.Contains(lower[i]))
            {
                return TriggerReading.Hypothetical;
            }
        }

        if (start - 1 > from && language.Words(GrammarRole.Infinitive).Contains(lower[start - 1]))
        {
            for (var i = start - 2; i >= from && i >= start - 1 - DesireReach; i--)
            {
                if (language.DesireCues.Contains(lower[i]))
                {
                    return TriggerReading.Desired;
                }
            }
        }

        if (AfterProspective(lower, from, start, language))
        {
            return TriggerReading.Prospective;
        }

        var next = end < from + sentence.TokenCount ? lower[end] : null;
        if (next is not null && language.TriggerModifiers.Contains(next))
        {
            return TriggerReading.Modifier;
        }

        return InOtherSense(lower, from, from + sentence.TokenCount, start, end, language) ? TriggerReading.OtherSense : TriggerReading.Asserted;
    }

    /// <summary>Whether a word of the trigger has, near it in the sentence [<paramref name="from"/>, <paramref name="to"/>), a word that reads it in another sense.</summary>
    private static bool InOtherSense(string[] lower, int from, int to, int start, int end, LanguageProfile language)
    {
        for (var t = start; t < end; t++)
        {
            if (language.SenseCuesAfter.TryGetValue(lower[t], out var after) && Near(lower, end, 1, Math.Min(to, end + SenseReach), after))
            {
                return true;
            }

            if (language.SenseCuesBefore.TryGetValue(lower[t], out var before) && Near(lower, start - 1, -1, Math.Max(from, start - SenseReach) - 1, before))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of <paramref name="words"/> stands from <paramref name="at"/> towards <paramref name="stop"/> (exclusive), one
    /// <paramref name="step"/> at a time, before any punctuation: "After the report, Hanoi released two fishermen" keeps its release.
    /// </summary>
    private static bool Near(string[] lower, int at, int step, int stop, IReadOnlySet<string> words)
    {
        for (var i = at; i != stop && char.IsLetter(lower[i][0]); i += step)
        {
            if (words.Contains(lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterProspective(string[] lower, int from, int start, LanguageProfile language)
    {
        // a phrase ends right before the trigger or up to ProspectiveGap words of its noun phrase before it; a
        // conjunction or punctuation between starts another phrase ("a return to talks and criticised")
        for (var phraseEnd = start; phraseEnd >= start - ProspectiveGap && phraseEnd > from; phraseEnd--)
        {
            if (language.ProspectiveByLastWord.TryGetValue(lower[phraseEnd - 1], out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    if (phraseEnd - phrase.Length >= from && Matches(lower, phraseEnd - phrase.Length, phrase))
                    {
                        return true;
                    }
                }
            }

            if (language.Conjunctions.Contains(lower[phraseEnd - 1]) || !char.IsLetter(lower[phraseEnd - 1][0]))
            {
                break;
            }
        }

        return false;
    }

    private static bool Matches(string[] lower, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (lower[at + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
