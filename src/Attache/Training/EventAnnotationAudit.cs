using Attache.Documents;
using Attache.Events;
using Attache.Formats;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Training;

/// <summary>
/// Checks that a corpus annotates events consistently: every place where the trigger lexicon would
/// make an event (a strong phrase, or a weak one whose sentence holds a context word; not negated,
/// hypothetical or inside a name, as <see cref="EventRules"/> decides) that no gold event trigger
/// covers, although the same phrase of the same type is annotated elsewhere in the corpus. A model
/// trained on such a corpus learns that the phrase is sometimes not an event, so each miss is either
/// annotated or listed, with a reason, as a reviewed exception.
/// </summary>
internal static class EventAnnotationAudit
{
    /// <summary>Runs the audit over documents already read and validated.</summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="knowledge">The knowledge base whose trigger lexicon is audited.</param>
    /// <param name="exceptions">Reviewed misses that are not events, each with its reason.</param>
    public static AuditReport Run(IReadOnlyList<CorpusDocument> documents, KnowledgeBase knowledge, IReadOnlyList<AuditException> exceptions)
    {
        var candidates = new List<AuditCandidate>();
        foreach (var document in documents)
        {
            candidates.AddRange(Candidates(document, knowledge));
        }

        var annotatedPhrases = candidates.Where(c => c.Covered).Select(c => (c.Type, c.Phrase)).ToHashSet();
        var reviewed = exceptions.ToLookup(e => (e.Document, e.Line, e.Phrase));
        var misses = new List<AuditCandidate>();
        var excused = new List<AuditCandidate>();
        foreach (var candidate in candidates.Where(c => !c.Covered && annotatedPhrases.Contains((c.Type, c.Phrase))))
        {
            (reviewed.Contains((candidate.Document, candidate.Line, candidate.Phrase)) ? excused : misses).Add(candidate);
        }

        var used = excused.Select(c => (c.Document, c.Line, c.Phrase)).ToHashSet();
        return new AuditReport(candidates, misses, excused, [.. exceptions.Where(e => !used.Contains((e.Document, e.Line, e.Phrase)))]);
    }

    /// <summary>The lexicon's event candidates in one gold document, each marked covered or not by a gold trigger.</summary>
    private static IEnumerable<AuditCandidate> Candidates(CorpusDocument document, KnowledgeBase knowledge)
    {
        var draft = TrainingFeaturizer.TextAndLexicon(document, knowledge, LanguageProfile.English);

        var index = new CodePointIndex(document.Text);
        var original = draft.Tokens.Select(t => draft.ToOriginal(t.Start, t.End)).ToArray();
        var triggerIds = document.Annotations.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        var inTrigger = new bool[original.Length];
        var inName = new bool[original.Length];
        foreach (var span in document.Annotations.Spans)
        {
            var isTrigger = triggerIds.Contains(span.Id);
            if (!isTrigger && span.Type is not (nameof(MentionType.Organization) or nameof(MentionType.Title) or nameof(MentionType.Official) or nameof(MentionType.Person)))
            {
                continue;
            }

            var (start, end) = (index.ToUtf16(span.Start), index.ToUtf16(span.End));
            for (var t = 0; t < original.Length; t++)
            {
                if (original[t].Start < end && original[t].End > start)
                {
                    (isTrigger ? inTrigger : inName)[t] = true;
                }
            }
        }

        var lineStarts = LineStarts(document.Text);
        var words = draft.LowerTokenTexts();
        foreach (var (_, triggers) in EventRules.Triggers(draft, knowledge, LanguageProfile.English, inName))
        {
            foreach (var (hit, record) in triggers)
            {
                var covered = false;
                for (var t = hit.StartToken; t < hit.EndToken; t++)
                {
                    covered |= inTrigger[t];
                }

                var line = Array.BinarySearch(lineStarts, original[hit.StartToken].Start);
                yield return new AuditCandidate(
                    document.Id,
                    Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(document.TextPath)!)!, document.TextPath).Replace('\\', '/'),
                    (line < 0 ? ~line - 1 : line) + 1,
                    record.Type,
                    string.Join(' ', words[hit.StartToken..hit.EndToken]),
                    covered);
            }
        }
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
