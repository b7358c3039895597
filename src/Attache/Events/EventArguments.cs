using Attache.Documents;
using Attache.Linking;
using Attache.Text;

namespace Attache.Events;

/// <summary>
/// Builds an event from a trigger in one sentence: the participants are the officials, organisations
/// and countries of the sentence nearest the trigger; the place is the place the trigger governs
/// (right after it, or after <c>in</c>, <c>to</c>, <c>at</c>...); the date is the sentence's date
/// expression nearest the trigger, resolved against the publication date. News agencies and anything
/// in boilerplate (bylines, photo credits) never take part; a place the event is aimed at (<c>fired
/// into the sea</c>, <c>over Japan</c>) is not where it happened, except for a visit's destination.
/// </summary>
internal sealed class EventArguments
{
    private const int MaxParticipants = 4;

    /// <summary>
    /// Event types whose verb takes the party it is aimed at as its object: a place right after the trigger is that
    /// party, not where the event happened (<c>urged Pyongyang to</c>, <c>condemned Tokyo</c>, <c>sanctioned Moscow</c>).
    /// </summary>
    private static readonly HashSet<EventType> AddressesItsObject =
        [EventType.Appeal, EventType.Criticism, EventType.Threat, EventType.Sanctions, EventType.Message];

    // Participants and places are looked for this far (in characters) around the trigger: a clause,
    // not the whole of an arbitrarily long sentence.
    private const int Reach = 300;

    /// <summary>How many words before a trigger a schedule cue reaches ("is due to arrive").</summary>
    private const int ScheduleReach = 3;

    /// <summary>Words before a place that name where something happened (<c>in</c>, <c>at</c>).</summary>
    private readonly IReadOnlySet<string> _placeMarkers;

    /// <summary>Words before a place that name a destination or target: where a visit happened, but only the aim of other events.</summary>
    private readonly IReadOnlySet<string> _destinationMarkers;
    private readonly IReadOnlySet<string> _scheduleCues;

    /// <summary>The document's lower-case token texts, cached on the draft.</summary>
    private readonly string[] _lower;

    private readonly DocumentDraft _draft;
    private readonly Sentence _sentence;
    private readonly List<DateMention> _dates;
    private readonly List<Mention> _mentions;

    /// <param name="draft">The document.</param>
    /// <param name="sentence">The sentence of the triggers.</param>
    /// <param name="linked">The document's linked mentions ordered by start (<see cref="LinkedByStart"/>), shared by every sentence.</param>
    /// <param name="news">Names of news organisations (<see cref="Knowledge.KnowledgeBase.NewsOrganizations"/>).</param>
    /// <param name="language">The language's place and destination prepositions, period bounds and schedule cues.</param>
    public EventArguments(DocumentDraft draft, Sentence sentence, List<Mention> linked, IReadOnlySet<string> news, LanguageProfile language)
    {
        _placeMarkers = language.PlacePrepositions;
        _destinationMarkers = language.DestinationPrepositions;
        _scheduleCues = language.ScheduleCues;
        _draft = draft;
        _sentence = sentence;
        _dates = DateResolver.Find(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, draft.Published, language);
        _lower = draft.LowerTokenTexts();
        _dates.RemoveAll(d => d.StartToken > sentence.FirstToken && language.PeriodBounds.Contains(_lower[d.StartToken - 1]));
        _mentions = [];
        for (var i = OffsetSearch.LowerBound(linked, sentence.Start, m => m.Start); i < linked.Count && linked[i].Start < sentence.End; i++)
        {
            var mention = linked[i];
            var isNews = news.Contains(mention.Text) || (mention.Canonical is { } canonical && news.Contains(canonical));
            if (mention.End <= sentence.End && !isNews && !draft.IsBoilerplate(new TextSpan(mention.Start, mention.End)))
            {
                _mentions.Add(linked[i]);
            }
        }
    }

    /// <summary>The mentions that belong to an entity, ordered by start (stable, so ties keep document order).</summary>
    public static List<Mention> LinkedByStart(DocumentDraft draft) =>
        draft.Mentions.Where(m => m.EntityId is not null).OrderBy(m => m.Start).ToList();

    public Event Create(EventType type, int startToken, int endToken, double confidence, EventOrigin origin)
    {
        var start = _draft.Tokens[startToken].Start;
        var end = _draft.Tokens[endToken - 1].End;
        var place = PlaceOf(type, startToken, endToken);
        var participants = Near(start, end)
            .Where(m => m.Type is MentionType.Official or MentionType.Organization || (m.Type == MentionType.Place && m.CountryCode is not null))
            .Where(m => m.EntityId != place?.EntityId)
            .OrderBy(m => Math.Abs(m.Start - start))
            .Select(m => m.EntityId!.Value)
            .Distinct()
            .Take(MaxParticipants)
            .Order()
            .ToArray();
        var nearest = _dates.Count == 0 ? (DateMention?)null : _dates.MinBy(d => Math.Min(Math.Abs(d.StartToken - endToken), Math.Abs(startToken - d.EndToken)));
        var date = nearest is { Ahead: { } ahead } && Scheduled(startToken) ? ahead : nearest?.Value;
        return new Event(type, start, end, _draft.Slice(start, end), _sentence.Index, confidence)
        {
            Participants = participants,
            Place = place?.EntityId,
            Date = date,
            Origin = origin,
        };
    }

    /// <summary>Whether a schedule cue stands within <see cref="ScheduleReach"/> words before the trigger ("will meet", "is due to arrive").</summary>
    private bool Scheduled(int startToken)
    {
        for (var i = startToken - 1; i >= _sentence.FirstToken && i >= startToken - ScheduleReach; i--)
        {
            if (_scheduleCues.Contains(_lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    private Mention? PlaceOf(EventType type, int startToken, int endToken)
    {
        var triggerStart = _draft.Tokens[startToken].Start;
        var triggerEnd = _draft.Tokens[endToken - 1].End;
        var next = endToken < _draft.Tokens.Count ? _draft.Tokens[endToken].Start : -1;
        var governed = Near(triggerStart, triggerEnd)
            .Where(m => m.Type == MentionType.Place && ((m.Start == next && !AddressesItsObject.Contains(type)) || _placeMarkers.Contains(PreviousWord(m.Start)) || (type == EventType.Visit && _destinationMarkers.Contains(PreviousWord(m.Start)))))
            .ToList();
        return governed.Where(m => m.Start >= triggerEnd).MinBy(m => m.Start - triggerEnd)
            ?? governed.Where(m => m.End <= triggerStart).MinBy(m => triggerStart - m.End);
    }

    /// <summary>The mentions of the sentence within <see cref="Reach"/> characters of a span.</summary>
    /// <summary>The word before the token that starts at <paramref name="offset"/>, within the sentence; empty if none.</summary>
    private string PreviousWord(int offset)
    {
        var token = OffsetSearch.LowerBound(_draft.Tokens, offset, t => t.Start);
        return token > _sentence.FirstToken && token < _sentence.FirstToken + _sentence.TokenCount && _draft.Tokens[token].Start == offset
            ? _draft.Tokens[token - 1].Text
            : string.Empty;
    }

    private IEnumerable<Mention> Near(int start, int end)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < start - Reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _mentions.Count && _mentions[i].Start <= end + Reach; i++)
        {
            yield return _mentions[i];
        }
    }
}
