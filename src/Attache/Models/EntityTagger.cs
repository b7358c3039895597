using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;
using Attache.Text;

namespace Attache.Models;

/// <summary>
/// The trained entity tagger: scores every token of every sentence with the linear model over
/// <see cref="EntityFeaturizer"/> features, decodes the best valid BIO sequence with
/// <see cref="Viterbi"/>, and proposes the spans as model mentions (confidence: the mean probability
/// of the chosen tags) for the <see cref="MentionMerger"/>.
/// </summary>
internal sealed class EntityTagger(LinearModel model, KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    private readonly CachedScorer _scorer = new(model, new EntityFeaturizer(knowledge, language));
    private readonly NameShapes _names = new(language);

    public string Name => "entity-tagger";

    public DraftLayers Requires => DraftLayers.Sentences | DraftLayers.LexiconHits;

    public DraftLayers Assigns => DraftLayers.Candidates;

    public void Process(DocumentDraft draft)
    {
        var tags = model.Classes.Count;
        var byStart = draft.LexiconHitsBySentence();
        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            var scores = _scorer.Score(draft, sentence, byStart[sentence.Index]);

            var best = Viterbi.Decode(scores, sentence.TokenCount, tags);
            var ships = ShipNames.Find(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, language);
            var titleCase = TitleCaseLine.Is(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
            for (var i = 0; i < best.Length;)
            {
                if (best[i] == 0 || BioTags.IsInside(best[i]))
                {
                    i++;
                    continue;
                }

                var type = BioTags.TypeOf(best[i]);
                var end = i + 1;
                while (end < best.Length && best[end] == BioTags.Inside(type))
                {
                    end++;
                }

                var confidence = 0.0;
                for (var k = i; k < end; k++)
                {
                    confidence += LinearModel.Probability(scores.AsSpan(k * tags, tags), best[k]);
                }

                var start = draft.Tokens[sentence.FirstToken + i].Start;
                var stop = draft.Tokens[sentence.FirstToken + end - 1].End;
                if (!draft.IsBoilerplate(new TextSpan(start, stop)) && !ShipNames.Inside(ships, sentence.FirstToken + i, sentence.FirstToken + end)
                    && !(titleCase && end - i == 1 && IsUnknownOneWordPerson(type, draft.Tokens[sentence.FirstToken + i].Text)))
                {
                    draft.Candidates.Add(new Mention(type, start, stop, draft.Slice(start, stop), MentionSource.Model, confidence / (end - i)));
                }

                i = end;
            }
        }
    }

    /// <summary>
    /// Whether a one-word person the tagger proposes in a Title Case headline is no family name the knowledge base or the
    /// name lists know: there a capital says little, and such a word is most often a verb ("Leader Pledges to Deepen Ties").
    /// </summary>
    private bool IsUnknownOneWordPerson(MentionType type, string word) =>
        type is MentionType.Person or MentionType.Official && !knowledge.OfficialsByFamily.ContainsKey(word) && !_names.IsEastAsianFamily(word);
}
