using Attache.Documents;

namespace Attache.Tests;

/// <summary>
/// A tiny user component for tests: tags fixed phrases, links each phrase to one entity, relates
/// the first official to the first title and marks a fixed event trigger.
/// </summary>
internal sealed class PhraseTagger(params (string Phrase, MentionType Type, string? Canonical, string? Code)[] phrases) : IDocumentComponent
{
    public string Name => "phrase-tagger";

    public string? Trigger { get; init; }

    public void Process(DocumentDraft draft)
    {
        foreach (var (phrase, type, canonical, code) in phrases)
        {
            var entityMentions = new List<int>();
            for (var at = draft.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = draft.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                entityMentions.Add(draft.Mentions.Count);
                draft.Mentions.Add(new Mention(type, at, at + phrase.Length, phrase, MentionSource.Rule, 0.9)
                {
                    Canonical = canonical,
                    CountryCode = code,
                    EntityId = draft.Entities.Count + 1,
                });
            }

            if (entityMentions.Count > 0)
            {
                draft.Entities.Add(new Entity(draft.Entities.Count + 1, type, canonical ?? phrase, [], [], entityMentions));
            }
        }

        var official = draft.Mentions.FindIndex(m => m.Type == MentionType.Official);
        var title = draft.Mentions.FindIndex(m => m.Type == MentionType.Title);
        if (official >= 0 && title >= 0)
        {
            draft.Relations.Add(new Relation(RelationType.HasTitle, official, title));
        }

        if (Trigger is not null && draft.Text.IndexOf(Trigger, StringComparison.Ordinal) is var t and >= 0)
        {
            var place = draft.Entities.FirstOrDefault(e => e.Type == MentionType.Place);
            draft.Events.Add(new Event(EventType.Visit, t, t + Trigger.Length, Trigger, draft.SentenceAt(t), 0.8)
            {
                Participants = draft.Entities.Where(e => e.Type == MentionType.Official).Select(e => e.Id).ToArray(),
                Place = place?.Id,
                Date = "2013-05-22",
            });
        }
    }
}
