using Attache.Documents;
using Attache.Knowledge;
using Attache.Rules;

namespace Attache.Linking;

/// <summary>
/// Links mentions into entities within a document. Short references to officials (<c>Kim</c>,
/// <c>Choe</c> in <c>Marshal Choe</c>, <c>Mr. Kim</c>'s <c>Kim</c>) resolve to a full-named official of
/// the same family name: the most mentioned one before it, then the nearest; failing that, the first
/// one after it; failing that, the one head of state or government of that family name in the
/// knowledge base on the publication date. Mentions of one canonical name form one entity, which
/// collects its titles (<c>HasTitle</c>) and affiliations (<c>MemberOf</c>, the knowledge base's
/// country, a demonym before the title).
/// </summary>
internal sealed class EntityLinker(KnowledgeBase knowledge) : IDocumentComponent
{
    private static readonly string[] LeaderTitles =
    [
        "President", "Chairman of the State Affairs Commission", "General Secretary", "Premier", "Prime Minister",
        "Supreme Leader", "Chairman of the National Defence Commission", "leader", "Chancellor", "Secretary-General",
    ];

    public string Name => "linker";

    public void Process(DocumentDraft draft)
    {
        ResolveShortReferences(draft);
        AddShortReferences(draft);
        BuildEntities(draft);
    }

    /// <summary>Single-word official mentions found by rules (<c>Marshal Choe</c>) get their full name.</summary>
    private void ResolveShortReferences(DocumentDraft draft)
    {
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type == MentionType.Official && !mention.Text.Contains(' ', StringComparison.Ordinal) && mention.Source != MentionSource.Lexicon)
            {
                if (Antecedent(draft, mention.Text, mention.Start) is { } canonical)
                {
                    draft.Mentions[i] = mention with { Canonical = canonical };
                }
            }
        }
    }

    /// <summary>Tags each free word that is the family name of an official of the document.</summary>
    private void AddShortReferences(DocumentDraft draft)
    {
        var families = draft.Mentions
            .Where(m => m.Type == MentionType.Official && m.Canonical is not null && m.Canonical.Contains(' ', StringComparison.Ordinal))
            .Select(m => FamilyOf(m.Canonical!))
            .ToHashSet(StringComparer.Ordinal);
        if (families.Count == 0)
        {
            return;
        }

        var covered = draft.Mentions.Where(m => m.Type is not MentionType.Title).Select(m => m.Span).OrderBy(s => s.Start).ToList();
        foreach (var sentence in draft.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = draft.Tokens[t];
                if (!families.Contains(token.Text) || covered.Any(c => c.Overlaps(token.Span)))
                {
                    continue;
                }

                // a family name followed by another name word is a different, unknown person ("Kim Yo Jong")
                if (t + 1 < sentence.FirstToken + sentence.TokenCount && NameShapes.IsNameWord(draft.Tokens[t + 1].Text))
                {
                    continue;
                }

                if (Antecedent(draft, token.Text, token.Start) is { } canonical)
                {
                    draft.Mentions.Add(new Mention(MentionType.Official, token.Start, token.End, token.Text, MentionSource.Rule, 0.8) { Canonical = canonical });
                }
            }
        }
    }

    private string? Antecedent(DocumentDraft draft, string family, int offset)
    {
        var candidates = draft.Mentions
            .Where(m => m.Type == MentionType.Official && m.Canonical is not null && m.Canonical.Contains(' ', StringComparison.Ordinal)
                        && FamilyOf(m.Canonical) == family)
            .ToList();
        var before = candidates.Where(m => m.Start < offset).ToList();
        if (before.Count > 0)
        {
            return before
                .GroupBy(m => m.Canonical!)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(m => m.Start))
                .First().Key;
        }

        var after = candidates.Where(m => m.Start > offset).OrderBy(m => m.Start).FirstOrDefault();
        if (after is not null)
        {
            return after.Canonical;
        }

        if (draft.Published is not { } date)
        {
            return null;
        }

        var leaders = knowledge.WithFamily(family)
            .Where(o => o.Roles.Any(r => r.HeldOn(date) && LeaderTitles.Any(t => r.Title.StartsWith(t, StringComparison.OrdinalIgnoreCase))))
            .Select(o => o.Name)
            .Distinct()
            .ToList();
        return leaders.Count == 1 ? leaders[0] : null;
    }

    private string FamilyOf(string canonical)
    {
        var known = knowledge.Officials.FirstOrDefault(o => o.Name == canonical);
        return known?.Family ?? NameShapes.FamilyOf(canonical);
    }

    private void BuildEntities(DocumentDraft draft)
    {
        var ids = new Dictionary<(MentionType, string), int>();
        var members = new List<List<int>>();
        var keys = new List<(MentionType Type, string Name)>();
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type == MentionType.Title)
            {
                continue;
            }

            var name = mention.Canonical ?? mention.Text;
            var key = (mention.Type, mention.CountryCode is null ? name : mention.CountryCode);
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count + 1;
                ids[key] = id;
                members.Add([]);
                keys.Add((mention.Type, name));
            }

            members[id - 1].Add(i);
            draft.Mentions[i] = mention with { EntityId = id };
        }

        for (var k = 0; k < members.Count; k++)
        {
            var (type, name) = keys[k];
            var titles = new List<string>();
            var affiliations = new List<string>();
            foreach (var relation in draft.Relations.Where(r => members[k].Contains(r.From)))
            {
                var target = draft.Mentions[relation.To];
                if (relation.Type == RelationType.HasTitle)
                {
                    AddOnce(titles, target.Text);
                    if (Demonym(draft, target) is { } code)
                    {
                        AddOnce(affiliations, code);
                    }
                }
                else
                {
                    AddOnce(affiliations, target.CountryCode ?? target.Canonical ?? target.Text);
                }
            }

            if (type == MentionType.Official && knowledge.Officials.FirstOrDefault(o => o.Name == name) is { } official)
            {
                AddOnce(affiliations, official.Country);
            }

            draft.Entities.Add(new Entity(k + 1, type, name, titles, affiliations, members[k]));
        }
    }

    /// <summary>The country of a demonym right before a title (<c>Chinese Foreign Minister</c>).</summary>
    private string? Demonym(DocumentDraft draft, Mention title)
    {
        var index = draft.Tokens.FindIndex(t => t.Start == title.Start);
        if (index < 1)
        {
            return null;
        }

        var previous = draft.Tokens[index - 1].Text;
        if (index >= 2 && knowledge.Demonyms.TryGetValue(draft.Tokens[index - 2].Text + " " + previous, out var two))
        {
            return two;
        }

        return knowledge.Demonyms.TryGetValue(previous, out var code) ? code : null;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
