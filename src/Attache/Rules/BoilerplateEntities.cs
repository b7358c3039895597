using Attache.Documents;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// Names inside boilerplate, which sentence analysis skips: organisations the lexicon knows (news agencies
/// in credits, the site's own name in <c>Subscribe to CDT</c>) and photographers in photo credits, who are
/// Persons (<c>File Photo by Stephen Shaver</c>, <c>Photo: Reuters/Tingshu Wang</c>, <c>AFP PHOTO/Mark RALSTON</c>).
/// Nothing in boilerplate is an Official, a Place or an event.
/// </summary>
internal sealed class BoilerplateEntities(KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    /// <summary>Words of a credit line that are not part of a photographer's name.</summary>
    private readonly IReadOnlySet<string> _creditWords = language.CreditWords;

    /// <summary>Words before a name in a credit (<c>by</c>); a slash does the same (<c>Photo / Jane Doe</c>).</summary>
    private readonly IReadOnlySet<string> _creditMarkers = language.Words(GrammarRole.CreditMarker);

    public string Name => "boilerplate-entities";

    public DraftLayers Requires => DraftLayers.Boilerplate | DraftLayers.Tokens;

    public DraftLayers Assigns => DraftLayers.Mentions;

    public void Process(DocumentDraft draft)
    {
        var tokens = draft.Tokens;
        foreach (var span in draft.Boilerplate)
        {
            var from = OffsetSearch.LowerBound(tokens, span.Start, t => t.Start);
            var to = OffsetSearch.LowerBound(tokens, span.End, t => t.Start);
            if (to <= from)
            {
                continue;
            }

            var organizations = EntityRules.Longest(knowledge.Matcher.Match(tokens, from, to).Where(h => h.Entry.Kind == LexiconKind.Organization));
            foreach (var (start, end, hit) in organizations)
            {
                Add(draft, MentionType.Organization, start, end, EntityRules.LexiconConfidence, knowledge.Organizations[hit.Entry.Index].Name);
            }

            for (var i = from + 1; i < to; i++)
            {
                if (tokens[i - 1].Text != "/" && !_creditMarkers.Contains(tokens[i - 1].Text))
                {
                    continue;
                }

                var end = i;
                while (end < to && end - i < 3 && IsCreditNameWord(tokens[end].Text) && !organizations.Any(o => o.Start <= end && end < o.End))
                {
                    end++;
                }

                if (end - i >= 2)
                {
                    Add(draft, MentionType.Person, i, end, EntityRules.PatternConfidence, null);
                    i = end;
                }
            }
        }
    }

    private static void Add(DocumentDraft draft, MentionType type, int startToken, int endToken, double confidence, string? canonical)
    {
        var start = draft.Tokens[startToken].Start;
        var end = draft.Tokens[endToken - 1].End;
        var text = draft.Slice(start, end);
        draft.Mentions.Add(new Mention(type, start, end, text, MentionSource.Rule, confidence) { Canonical = canonical ?? text });
    }

    private bool IsCreditNameWord(string text) =>
        text.Length >= 2 && char.IsUpper(text[0]) && text.All(c => char.IsLetter(c) || c is '-' or '\'') && !_creditWords.Contains(text);
}
