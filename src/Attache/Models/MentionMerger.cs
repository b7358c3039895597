using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;
using Attache.Text;

namespace Attache.Models;

/// <summary>
/// The one place where rule, lexicon and model mentions meet (policy in <see cref="CombinationSettings"/>).
/// Model mentions under the threshold, and person mentions without a name word, are dropped. With <c>rules-first</c> a model mention is kept
/// only where no rule or lexicon mention overlaps it (one of the same span raises the rule
/// mention's confidence instead); with <c>model-first</c> it replaces overlapping rule mentions of
/// its type unless they are exact lexicon matches; with <c>model-wins</c> it replaces overlapping rule
/// mentions of any type, and yields only to lexicon matches. A Title may contain an Organization or Place of
/// either source. Kept model mentions get the knowledge base's canonical names where their text is
/// a known name, and a model Title right before or after an official gets its <c>HasTitle</c>.
/// </summary>
internal sealed class MentionMerger(CombinationSettings settings, KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    private readonly NameShapes _names = new(language);

    public string Name => "merger";

    public DraftLayers Requires => DraftLayers.Candidates | DraftLayers.LexiconHits;

    public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Relations;

    /// <summary>How far apart a title and an official may stand for <see cref="AttachTitle"/> to relate them.</summary>
    private const int TitleReach = 64;

    /// <summary>Longer than any phrase of the titles lexicon, in tokens.</summary>
    private const int MaxTitleTokens = 32;

    public void Process(DocumentDraft draft)
    {
        if (settings.EntityPolicy == EntityPolicy.RulesOnly)
        {
            return;
        }

        if (settings.EntityPolicy == EntityPolicy.ModelOnly)
        {
            // the model replaces the shipped rules, not what a user's or the boilerplate component added
            var rules = new MergeState(draft);
            for (var i = 0; i < rules.Mentions.Count; i++)
            {
                if (rules.Mentions[i].Origin == MentionOrigin.EntityRules)
                {
                    rules.Remove(i);
                }
            }

            rules.WriteBack(draft);
        }

        // Mentions keep their ids while candidates come and go; removal is a flag, and the ids are
        // compacted once at the end, so each candidate costs only the mentions near it.
        var state = new MergeState(draft);
        var titleHits = draft.LexiconHits.Where(h => h.Entry.Kind == LexiconKind.Title).OrderBy(h => h.StartToken).ToList();
        foreach (var candidate in draft.Candidates.Where(m => m.Confidence >= settings.EntityThreshold).OrderByDescending(m => m.Confidence))
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            if (candidate.Type is MentionType.Official or MentionType.Person && !HasNameWord(candidate.Text))
            {
                continue; // a person's mention names the person: a lone "Mr." is not one
            }

            if (candidate.Type is MentionType.Official or MentionType.Person
                && _names.StartsBodyName(draft.Text, draft.Tokens, OffsetSearch.LowerBound(draft.Tokens, candidate.Start, t => t.Start), draft.Tokens.Count))
            {
                continue; // a person's name does not run on into a body's ("New China News Agency")
            }

            if (candidate.Type == MentionType.Place && FieldOfStudy.Follows(draft.Text, candidate.End, language))
            {
                continue;
            }

            if (candidate.Type == MentionType.Title && CutsKnownTitle(draft, titleHits, candidate))
            {
                continue; // "special" of "special envoy": the lexicon knows the whole title
            }

            var overlapping = state.Near(candidate.Start, candidate.End);
            overlapping.RemoveAll(i => !Conflicts(state.Mentions[i], candidate));
            var same = overlapping.FirstOrDefault(i => state.Mentions[i].Span == candidate.Span && state.Mentions[i].Type == candidate.Type, -1);
            if (same >= 0)
            {
                var rule = state.Mentions[same];
                rule.Reinforce(1 - ((1 - rule.Confidence) * (1 - candidate.Confidence)));
                continue;
            }

            if (overlapping.Count > 0)
            {
                var replaceable = settings.EntityPolicy switch
                {
                    EntityPolicy.ModelFirst => overlapping.All(i => state.Mentions[i].Type == candidate.Type && state.Mentions[i].Source != MentionSource.Lexicon),
                    EntityPolicy.ModelWins => overlapping.All(i => state.Mentions[i].Source != MentionSource.Lexicon),
                    _ => false,
                };
                if (!replaceable)
                {
                    continue;
                }

                overlapping.ForEach(state.Remove);
            }

            AttachTitle(draft, state, state.Add(Canonicalize(draft, candidate)));
        }

        state.WriteBack(draft);
    }

    /// <summary>Whether one of the space-separated words of a mention's text has a name's shape.</summary>
    private bool HasNameWord(string text)
    {
        foreach (var word in text.AsSpan().Split(' '))
        {
            if (_names.IsNameWord(text.AsSpan()[word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lexicon title phrase strictly contains the candidate's tokens.</summary>
    private static bool CutsKnownTitle(DocumentDraft draft, List<LexiconHit> titleHits, Mention candidate)
    {
        var first = OffsetSearch.LowerBound(draft.Tokens, candidate.Start, t => t.Start);
        var end = OffsetSearch.LowerBound(draft.Tokens, candidate.End, t => t.Start);
        for (var i = OffsetSearch.LowerBound(titleHits, first - MaxTitleTokens, h => h.StartToken); i < titleHits.Count && titleHits[i].StartToken <= first; i++)
        {
            var hit = titleHits[i];
            if (end <= hit.EndToken && hit.EndToken - hit.StartToken > end - first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Conflicts(Mention existing, Mention candidate)
    {
        if (!existing.Span.Overlaps(candidate.Span))
        {
            return false;
        }

        var nested = (existing.Type == MentionType.Title && existing.Span.Contains(candidate.Span) && candidate.Type is MentionType.Organization or MentionType.Place)
            || (candidate.Type == MentionType.Title && candidate.Span.Contains(existing.Span) && existing.Type is MentionType.Organization or MentionType.Place);
        return !nested;
    }

    private Mention Canonicalize(DocumentDraft draft, Mention mention)
    {
        var first = OffsetSearch.LowerBound(draft.Tokens, mention.Start, t => t.Start);
        var last = OffsetSearch.LowerBound(draft.Tokens, mention.End, t => t.Start) - 1;
        if (first >= draft.Tokens.Count || draft.Tokens[first].Start != mention.Start || last < first || draft.Tokens[last].End != mention.End)
        {
            return mention;
        }

        var kind = mention.Type switch
        {
            MentionType.Official => LexiconKind.Official,
            MentionType.Place => LexiconKind.Place,
            MentionType.Organization => LexiconKind.Organization,
            _ => (LexiconKind?)null,
        };
        var hit = kind is null ? null : knowledge.Matcher.Match(draft.Tokens, first, last + 1)
            .Where(h => h.StartToken == first && h.EndToken == last + 1 && h.Entry.Kind == kind && knowledge.Matcher.IsLikelyTypo(h, draft.Tokens))
            .OrderBy(h => h.Edits)
            .Cast<LexiconHit?>()
            .FirstOrDefault();
        return hit?.Entry.Kind switch
        {
            LexiconKind.Official => mention with { Canonical = knowledge.Officials[hit.Value.Entry.Index].Name },
            LexiconKind.Place => mention with
            {
                Canonical = knowledge.Places[hit.Value.Entry.Index].Canonical,
                CountryCode = knowledge.Places[hit.Value.Entry.Index].IsCountry ? knowledge.Places[hit.Value.Entry.Index].Country : null,
            },
            LexiconKind.Organization => mention with { Canonical = knowledge.Organizations[hit.Value.Entry.Index].Name },
            _ => mention.Type == MentionType.Official && mention.Text.Contains(' ', StringComparison.Ordinal) ? mention with { Canonical = mention.Text } : mention,
        };
    }

    /// <summary>Relates a new Title to the official right after it, or to the official before it across a comma.</summary>
    private static void AttachTitle(DocumentDraft draft, MergeState state, int index)
    {
        var mention = state.Mentions[index];
        if (mention.Type is not (MentionType.Title or MentionType.Official))
        {
            return;
        }

        foreach (var i in state.Near(mention.Start - TitleReach, mention.End + TitleReach))
        {
            var other = state.Mentions[i];
            var (official, title) = mention.Type == MentionType.Title ? (i, index) : (index, i);
            if (other.Type != (mention.Type == MentionType.Title ? MentionType.Official : MentionType.Title) || state.HasTitleRelation(title))
            {
                continue;
            }

            var o = state.Mentions[official];
            var t = state.Mentions[title];
            var between = t.End <= o.Start ? draft.Text[t.End..o.Start] : o.End <= t.Start ? draft.Text[o.End..t.Start] : null;
            if (between is not null && (string.IsNullOrWhiteSpace(between) && t.End <= o.Start || between.Trim() is "," or ", a" or ", the" or ", an" && o.End <= t.Start))
            {
                state.Relate(new Relation(RelationType.HasTitle, official, title));
            }
        }
    }
}
