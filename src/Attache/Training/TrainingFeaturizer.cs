using Attache.Events;
using Attache.Formats;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;

namespace Attache.Training;

/// <summary>
/// Turns annotated documents into token examples: runs the text and lexicon stages, then labels each
/// token from the gold spans (BIO for entities, the event type for trigger tokens). Where gold spans
/// nest (an organisation inside a title) the outer one labels the tokens, as BIO holds one.
/// </summary>
internal static class TrainingFeaturizer
{
    public static FeaturizedDocument Featurize(CorpusDocument document, KnowledgeBase knowledge, LanguageProfile language)
    {
        var draft = TextAndLexicon(document, knowledge, language);

        var index = new CodePointIndex(document.Text);
        var triggers = document.Annotations.Events.Select(e => e.Trigger).ToHashSet(StringComparer.Ordinal);
        var entityLabels = new int[draft.Tokens.Count];
        var eventLabels = new int[draft.Tokens.Count];
        var original = draft.Tokens.Select(t => draft.ToOriginal(t.Start, t.End)).ToArray();
        foreach (var span in document.Annotations.Spans.OrderByDescending(s => s.End - s.Start))
        {
            var start = index.ToUtf16(span.Start);
            var end = index.ToUtf16(span.End);
            var inside = Enumerable.Range(0, original.Length).Where(i => original[i].Start >= start && original[i].End <= end).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            if (triggers.Contains(span.Id))
            {
                if (Enum.TryParse<Documents.EventType>(span.Type, out var type))
                {
                    inside.ForEach(i => eventLabels[i] = EventLabels.Of(type));
                }
            }
            else if (Enum.TryParse<Documents.MentionType>(span.Type, out var type) && inside.All(i => entityLabels[i] == 0))
            {
                for (var k = 0; k < inside.Count; k++)
                {
                    entityLabels[inside[k]] = k == 0 ? BioTags.Begin(type) : BioTags.Inside(type);
                }
            }
        }

        var hitsBySentence = draft.LexiconHitsBySentence();
        var entityFeaturizer = new EntityFeaturizer(knowledge, language);
        var eventFeaturizer = new EventFeaturizer(knowledge, language);
        var entitySentences = new List<TokenExample[]>();
        var eventSentences = new List<TokenExample[]>();
        var goldSpans = new List<HashSet<(int, int, int)>>();
        foreach (var sentence in draft.Sentences)
        {
            var hits = hitsBySentence[sentence.Index];
            var entityFeatures = entityFeaturizer.Featurize(draft, sentence, hits);
            var eventFeatures = eventFeaturizer.Featurize(draft, sentence, hits);
            var labels = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => entityLabels[i]).ToArray();
            entitySentences.Add(labels.Select((label, i) => new TokenExample(entityFeatures[i], label)).ToArray());
            eventSentences.Add(Enumerable.Range(0, sentence.TokenCount).Select(i => new TokenExample(eventFeatures[i], eventLabels[sentence.FirstToken + i])).ToArray());
            goldSpans.Add(Spans(labels));
        }

        return new FeaturizedDocument(document, entitySentences, eventSentences, goldSpans);
    }

    /// <summary>A gold document through the stages the features and the event audit read: boilerplate, tokens, sentences and lexicon hits.</summary>
    public static DocumentDraft TextAndLexicon(CorpusDocument document, KnowledgeBase knowledge, LanguageProfile language)
    {
        var draft = new DocumentDraft(document.Id, document.Text, null);
        foreach (var stage in ExtractorBuilder.DefaultComponents(PipelinePreset.Features, knowledge, language))
        {
            stage.Process(draft);
        }

        return draft;
    }

    /// <summary>The spans of a BIO tag sequence as (start, end, tag of the first token).</summary>
    public static HashSet<(int Start, int End, int Type)> Spans(IReadOnlyList<int> tags)
    {
        var spans = new HashSet<(int, int, int)>();
        for (var i = 0; i < tags.Count;)
        {
            if (tags[i] == 0 || BioTags.IsInside(tags[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tags.Count && tags[end] == tags[i] + 1)
            {
                end++;
            }

            spans.Add((i, end, tags[i]));
            i = end;
        }

        return spans;
    }
}
