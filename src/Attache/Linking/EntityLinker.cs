using Attache.Documents;
using Attache.Knowledge;
using Attache.Models;
using Attache.Rules;
using Attache.Text;

namespace Attache.Linking;

/// <summary>
/// Links mentions into entities within a document. Places followed by a kind noun (<c>Amur region</c>)
/// link to the place of that kind (<see cref="PlaceKinds"/>); misspelt names of three words or more to the
/// official they misspell (<see cref="TypoNames"/>); short given names to the article's full name
/// (<see cref="GivenNameForms"/>). Short references to officials (<c>Kim</c>, <c>Choe</c> in
/// <c>Marshal Choe</c>, <c>Mr. Kim</c>'s <c>Kim</c>) resolve to a full-named official of the same family
/// name: the most mentioned one before it, then the nearest; failing that, the first one after it;
/// failing that, the knowledge-base official of that family who held its title (or, with none, the
/// leader's office) on the publication date, or the article's own dateline date (<see cref="TitleHolders"/>).
/// Mentions of one canonical name form one entity, which collects its titles (<c>HasTitle</c>) and
/// affiliations (<c>MemberOf</c>, the knowledge base's country, a demonym before the title).
/// </summary>
internal sealed class EntityLinker(KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    private readonly TitleHolders _holders = new(knowledge, language);

    private readonly NameShapes _names = new(language);

    private readonly GivenNameForms _givenNames = new(language);

    private readonly PlaceKinds _placeKinds = new(knowledge);

    /// <summary>The confidence of a bare family name linked to an official named earlier (below a lexicon match: the link is inferred).</summary>
    private const double ShortReferenceConfidence = 0.8;

    /// <summary>Marks a mention that belongs to no entity the linker builds (a title, or a user's entity).</summary>
    private const int NoEntity = -1;

    public string Name => "linker";

    public DraftLayers Requires => DraftLayers.Sentences;

    public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Entities;

    public void Process(DocumentDraft draft)
    {
        _placeKinds.Link(draft);
        TypoNames.Link(draft, knowledge);
        _givenNames.Link(draft);
        var antecedents = new AntecedentIndex(draft, FamilyOf);
        var date = draft.Published ?? DateResolver.ArticleDate(draft, language);
        ResolveShortReferences(draft, antecedents, date);
        draft.CancellationToken.ThrowIfCancellationRequested();
        AddShortReferences(draft, antecedents, date);
        draft.CancellationToken.ThrowIfCancellationRequested();
        BuildEntities(draft);
    }

    /// <summary>Single-word official mentions found by rules (<c>Marshal Choe</c>) get their full name.</summary>
    private void ResolveShortReferences(DocumentDraft draft, AntecedentIndex antecedents, DateOnly? date)
    {
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type == MentionType.Official && !mention.Text.Contains(' ', StringComparison.Ordinal) && mention.Source != MentionSource.Lexicon)
            {
                if (Antecedent(draft, antecedents, mention.Text, mention.Start, i, date) is { } canonical)
                {
                    draft.Mentions[i] = mention with { Canonical = canonical };
                    antecedents.Add(draft.Mentions[i]);
                }
            }
        }
    }

    /// <summary>Tags each free word that is the family name of an official of the document.</summary>
    private void AddShortReferences(DocumentDraft draft, AntecedentIndex antecedents, DateOnly? date)
    {
        if (antecedents.IsEmpty)
        {
            return;
        }

        var covered = new System.Collections.BitArray(draft.Text.Length);
        foreach (var m in draft.Mentions.Where(m => m.Type is not MentionType.Title))
        {
            for (var c = m.Start; c < m.End; c++)
            {
                covered[c] = true;
            }
        }

        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = draft.Tokens[t];
                if (!antecedents.HasFamily(token.Text) || IsCovered(covered, token))
                {
                    continue;
                }

                // a family name followed by another name word is a different, unknown person ("Kim Yo Jong")
                if (t + 1 < sentence.FirstToken + sentence.TokenCount && _names.IsNameWord(draft.Tokens[t + 1].Text))
                {
                    continue;
                }

                // a family name that is also a month, before a day or a year, is a date ("May 5" of an article on Theresa May)
                if (language.Calendar.Months.ContainsKey(token.Text) && t + 1 < draft.Tokens.Count && draft.Tokens[t + 1].Text.All(char.IsAsciiDigit))
                {
                    continue;
                }

                if (Antecedent(draft, antecedents, token.Text, token.Start, null, date) is { } canonical)
                {
                    var mention = new Mention(MentionType.Official, token.Start, token.End, token.Text, MentionSource.Rule, ShortReferenceConfidence) { Canonical = canonical };
                    draft.Mentions.Add(mention);
                    antecedents.Add(mention);
                }
            }
        }
    }

    private static bool IsCovered(System.Collections.BitArray covered, Token token)
    {
        for (var c = token.Start; c < token.End; c++)
        {
            if (covered[c])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The full name a family name stands for: an official of the article (<see cref="AntecedentIndex"/>);
    /// failing that, the knowledge-base official of that family who held the mention's title (or, without
    /// one, the leader's office) on the article's date (at any time when the date is unknown: <see cref="TitleHolders"/>).
    /// </summary>
    private string? Antecedent(DocumentDraft draft, AntecedentIndex antecedents, string family, int offset, int? mention, DateOnly? articleDate)
    {
        if (antecedents.Resolve(family, offset) is { } found)
        {
            return found;
        }

        var title = mention is { } index ? TitleOf(draft, index) : null;
        return _holders.Holder(family, title?.Text, title is null ? null : Demonym(draft, title), articleDate);
    }

    /// <summary>The title the rules or the merger related to the mention (<c>Premier</c> of <c>Premier Li</c>).</summary>
    private static Mention? TitleOf(DocumentDraft draft, int mention)
    {
        foreach (var relation in draft.Relations)
        {
            if (relation.Type == RelationType.HasTitle && relation.From == mention)
            {
                return draft.Mentions[relation.To];
            }
        }

        return null;
    }

    private string FamilyOf(string canonical) =>
        knowledge.OfficialsByName.TryGetValue(canonical, out var known) ? known.Family : _names.FamilyOf(canonical);

    /// <summary>
    /// Groups the mentions into entities. Entities an earlier component made keep their ids and mentions;
    /// new ones are numbered from 0, or after the largest id already taken, so ids never collide. The
    /// freezer later makes every id the entity's position in <see cref="Document.Entities"/>.
    /// </summary>
    private void BuildEntities(DocumentDraft draft)
    {
        var taken = draft.Entities.Select(e => e.Id).ToHashSet();
        var offset = taken.Count == 0 ? 0 : taken.Max() + 1;
        var ids = new Dictionary<(MentionType, string), int>();
        var keys = new List<(MentionType Type, string Name)>();
        var entityOf = new int[draft.Mentions.Count];
        Array.Fill(entityOf, NoEntity);
        var members = new List<List<int>>();
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            if (mention.Type == MentionType.Title || (mention.EntityId is { } given && taken.Contains(given)))
            {
                continue;
            }

            var name = mention.Canonical ?? mention.Text;
            var key = (mention.Type, mention.CountryCode is null ? name : mention.CountryCode);
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids[key] = id;
                members.Add([]);
                keys.Add((mention.Type, name));
            }

            members[id].Add(i);
            entityOf[i] = id;
            mention.LinkTo(offset + id);
        }

        var relations = members.Select(_ => new List<Relation>()).ToList();
        foreach (var relation in draft.Relations.Where(r => entityOf[r.From] != NoEntity))
        {
            relations[entityOf[relation.From]].Add(relation);
        }

        for (var k = 0; k < members.Count; k++)
        {
            var (type, name) = keys[k];
            var titles = new List<string>();
            var affiliations = new List<string>();
            foreach (var relation in relations[k])
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

            if (type == MentionType.Official && knowledge.OfficialsByName.TryGetValue(name, out var official))
            {
                AddOnce(affiliations, official.Country);
            }

            draft.Entities.Add(new Entity(offset + k, type, name, titles, affiliations, members[k]));
        }
    }

    /// <summary>The country of a demonym right before a title (<c>Chinese Foreign Minister</c>).</summary>
    private string? Demonym(DocumentDraft draft, Mention title)
    {
        var index = OffsetSearch.LowerBound(draft.Tokens, title.Start, t => t.Start);
        if (index < 1 || index >= draft.Tokens.Count || draft.Tokens[index].Start != title.Start)
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
