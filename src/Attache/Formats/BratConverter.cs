using Attache.Documents;

namespace Attache.Formats;

/// <summary>Turns an extracted <see cref="Document"/> into brat annotations following the annotation guidelines.</summary>
public static class BratConverter
{
    /// <summary>Reference key of an official's canonical name.</summary>
    public const string OfficialResource = "Attache:official";

    /// <summary>Reference key of a place's canonical name.</summary>
    public const string PlaceResource = "Attache:place";

    /// <summary>Reference key of an event's date.</summary>
    public const string DateResource = "Attache:date";

    /// <summary>
    /// Converts the document's mentions (<c>T</c>), event triggers (<c>T</c> + <c>E</c>), relations
    /// (<c>R</c>) and canonical names and dates (<c>N</c>). Offsets become code points.
    /// </summary>
    /// <param name="document">The extracted document.</param>
    public static BratDocument FromDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = new CodePointIndex(document.Text);
        var items = document.Mentions.Select((m, i) => (m.Start, m.End, Type: m.Type.ToString(), Mention: i, Event: -1))
            .Concat(document.Events.Select((e, i) => (e.Start, e.End, Type: e.Type.ToString(), Mention: -1, Event: i)))
            .OrderBy(x => x.Start).ThenByDescending(x => x.End).ThenBy(x => x.Type, StringComparer.Ordinal)
            .ToArray();

        var spans = new List<BratSpan>(items.Length);
        var mentionIds = new string[document.Mentions.Count];
        var triggerIds = new string[document.Events.Count];
        foreach (var item in items)
        {
            var id = $"T{spans.Count + 1}";
            spans.Add(new BratSpan(id, item.Type, index.ToCodePoint(item.Start), index.ToCodePoint(item.End), document.Text[item.Start..item.End]));
            if (item.Mention >= 0)
            {
                mentionIds[item.Mention] = id;
            }
            else
            {
                triggerIds[item.Event] = id;
            }
        }

        var events = new List<BratEvent>(document.Events.Count);
        var normalizations = new List<BratNormalization>();
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var mention = document.Mentions[i];
            if (mention.Canonical is null || mention.Type is not (MentionType.Official or MentionType.Place))
            {
                continue;
            }

            var value = mention.CountryCode is null ? mention.Canonical : $"{mention.CountryCode} {mention.Canonical}";
            var resource = mention.Type == MentionType.Official ? OfficialResource : PlaceResource;
            normalizations.Add(new BratNormalization($"N{normalizations.Count + 1}", mentionIds[i], resource, value));
        }

        for (var i = 0; i < document.Events.Count; i++)
        {
            var ev = document.Events[i];
            var id = $"E{i + 1}";
            var arguments = new List<BratArgument>();
            foreach (var participant in ev.Participants)
            {
                if (NearestMention(document, participant, ev.Start) is { } m)
                {
                    var count = arguments.Count(a => a.BaseRole == "Participant");
                    arguments.Add(new BratArgument(count == 0 ? "Participant" : $"Participant{count + 1}", mentionIds[m]));
                }
            }

            if (ev.Place is { } place && NearestMention(document, place, ev.Start) is { } p)
            {
                arguments.Add(new BratArgument("Place", mentionIds[p]));
            }

            events.Add(new BratEvent(id, ev.Type.ToString(), triggerIds[i], arguments));
            if (ev.Date is not null)
            {
                normalizations.Add(new BratNormalization($"N{normalizations.Count + 1}", id, DateResource, ev.Date));
            }
        }

        var relations = document.Relations
            .Select((r, i) => new BratRelation($"R{i + 1}", r.Type.ToString(), mentionIds[r.From], mentionIds[r.To]))
            .ToArray();
        return new BratDocument(spans, relations, events, normalizations);
    }

    private static int? NearestMention(Document document, int entityId, int offset)
    {
        var entity = document.Entities.FirstOrDefault(e => e.Id == entityId);
        if (entity is null || entity.Mentions.Count == 0)
        {
            return null;
        }

        return entity.Mentions.MinBy(m => Math.Abs(document.Mentions[m].Start - offset));
    }
}
