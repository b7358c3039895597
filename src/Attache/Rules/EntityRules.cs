using Attache.Documents;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// The rule half of entity extraction. From the lexicon hits of each sentence it keeps organisations,
/// places and known officials (longest match wins), grows titles with <see cref="TitleGrammar"/>, and
/// attaches titles to names: title before the name (<c>spokesman Lu Kang</c>), appositive after it
/// (<c>Kim Yong Dae, vice chairman of ...</c>), relative clause (<c>who serves as director of ...</c>),
/// with <c>HasTitle</c> relations and <c>MemberOf</c> for a possessive body (<c>China's President</c>) or
/// a <c>from</c>/<c>of</c> body. A name attached to a non-official role (analyst, professor) and a
/// byline name are Persons.
/// </summary>
internal sealed class EntityRules(KnowledgeBase knowledge, LanguageProfile language) : IDocumentComponent
{
    internal const double LexiconConfidence = 0.95;
    private const double FuzzyConfidence = 0.8;
    internal const double PatternConfidence = 0.85;

    /// <summary>Words that end a company name (<c>Co.</c>, <c>LLC</c>, <c>Limited</c>).</summary>
    private readonly IReadOnlySet<string> _organizationSuffixes = language.OrganizationSuffixes;

    /// <summary>Capitalised words a company name does not take (<c>The</c>, <c>And</c>).</summary>
    private readonly IReadOnlySet<string> _organizationNameStops = language.OrganizationNameStops;

    /// <summary>Endings that make the name before their hyphen a place (<c>Moscow-based</c>).</summary>
    private readonly IReadOnlySet<string> _placeSuffixes = language.PlaceSuffixes;

    private readonly NameShapes _names = new(language);

    private readonly TitleGrammar _titleGrammar = new(language);

    /// <summary>Verbs of taking up or holding an office, before <c>as TITLE</c>.</summary>
    private readonly IReadOnlySet<string> _roleVerbs = language.RoleVerbs;

    private readonly LanguageProfile _language = language;

    /// <summary>The most words of a company name before its suffix: longer runs are sentences in Title Case.</summary>
    private const int MaxCompanyWords = 8;

    /// <summary>The most words of a place name before <c>-based</c>.</summary>
    private const int MaxPlaceAdjectiveWords = 3;

    /// <summary>The most tokens of an appositive between a name and <c>as TITLE</c> (<c>NAME, a former lawmaker, as</c>).</summary>
    private const int MaxAppositiveWords = 16;

    /// <summary>The most words of the owner before <c>'s</c> in <c>NAME, South Korea's TITLE</c>.</summary>
    private const int MaxOwnerWords = 3;

    public string Name => "entity-rules";

    public DraftLayers Requires => DraftLayers.Sentences | DraftLayers.LexiconHits;

    public DraftLayers Assigns => DraftLayers.Mentions | DraftLayers.Relations;

    /// <summary>The longest non-overlapping hits (fewest edits, then leftmost, on ties), in text order.</summary>
    internal static List<(int Start, int End, LexiconHit Hit)> Longest(IEnumerable<LexiconHit> candidates)
    {
        var chosen = new List<(int Start, int End, LexiconHit Hit)>();
        foreach (var hit in candidates.OrderByDescending(h => h.EndToken - h.StartToken).ThenBy(h => h.Edits).ThenBy(h => h.StartToken))
        {
            if (!chosen.Any(c => c.Start < hit.EndToken && hit.StartToken < c.End))
            {
                chosen.Add((hit.StartToken, hit.EndToken, hit));
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    public void Process(DocumentDraft draft)
    {
        var first = draft.Mentions.Count;
        var byStart = draft.LexiconHitsBySentence();
        foreach (var sentence in draft.Sentences)
        {
            draft.CancellationToken.ThrowIfCancellationRequested();
            new SentenceRules(this, draft, knowledge, sentence, byStart[sentence.Index]).Run();
        }

        // marked once here rather than at each pattern, so no pattern can forget it
        for (var i = first; i < draft.Mentions.Count; i++)
        {
            draft.Mentions[i] = draft.Mentions[i] with { Origin = MentionOrigin.EntityRules };
        }
    }

    private sealed class SentenceRules(EntityRules rules, DocumentDraft draft, KnowledgeBase knowledge, Sentence sentence, IReadOnlyList<LexiconHit> hits)
    {
        private readonly IReadOnlyList<Token> _tokens = draft.Tokens;
        private readonly int _from = sentence.FirstToken;
        private readonly int _to = sentence.FirstToken + sentence.TokenCount;
        private readonly Dictionary<(int, int, MentionType), int> _mentionAt = [];

        /// <summary>The mention of the official each title (by its first token) was attached to.</summary>
        private readonly Dictionary<int, int> _holderOf = [];
        private readonly bool _titleCase = TitleCaseLine.Is(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        private List<(int Start, int End, LexiconHit Hit)> _organizations = [];
        private List<(int Start, int End, LexiconHit Hit)> _officials = [];
        private List<(int Start, int End, LexiconHit Hit)> _places = [];
        private List<(int Start, int End)> _companies = [];
        private List<(int Start, int End)> _ships = [];

        public void Run()
        {
            _ships = ShipNames.Find(_tokens, _from, _to, rules._language);
            _organizations = Longest(hits.Where(h => h.Entry.Kind == LexiconKind.Organization && !IsBoilerplate(h) && !InShip(h)));
            _companies = CompanyNames();
            _organizations.RemoveAll(o => _companies.Any(c => c.Start <= o.Start && o.End <= c.End));
            _officials = Longest(hits.Where(h => h.Entry.Kind == LexiconKind.Official && !IsBoilerplate(h) && knowledge.Matcher.IsLikelyTypo(h, _tokens) && !Covered(h, _organizations) && !InCompany(h) && !InShip(h)));
            _places = Longest(hits.Where(h => h.Entry.Kind == LexiconKind.Place && !IsBoilerplate(h) && !Covered(h, _organizations) && !InCompany(h) && !InShip(h) && !Overlaps(h, _officials)
                && !FieldOfStudy.Follows(draft.Text, _tokens[h.EndToken - 1].End, rules._language)));

            var titles = rules._titleGrammar.Find(_tokens, _from, _to, hits.Where(h => h.Entry.Kind == LexiconKind.Title && !IsBoilerplate(h)), knowledge,
                    [.. _organizations.Select(o => (o.Start, o.End)), .. _companies], _titleCase)
                .Where(t => !_officials.Any(o => o.Start < t.End && t.Start < o.End) && !_places.Any(p => p.Start < t.End && t.Start < p.End && !(t.Start <= p.Start && p.End <= t.End)))
                .ToList();

            // a name after a title is kept whole, so a given name the gazetteer also holds ("Chen Deming") is no place
            foreach (var title in titles)
            {
                if (NameAfter(title.End, titles) is { Canonical: null } name)
                {
                    _places.RemoveAll(p => name.Start <= p.Start && p.End <= name.End);
                }
            }

            foreach (var (start, end, hit) in _organizations)
            {
                var record = knowledge.Organizations[hit.Entry.Index];
                AddMention(MentionType.Organization, start, end, MentionSource.Lexicon, LexiconConfidence, record.Name, null);
            }

            foreach (var (start, end) in _companies)
            {
                AddMention(MentionType.Organization, start, end, MentionSource.Rule, PatternConfidence, Slice(start, end), null);
            }

            foreach (var (start, end, hit) in _places)
            {
                var record = knowledge.Places[hit.Entry.Index];
                AddMention(MentionType.Place, start, end, MentionSource.Lexicon, hit.Edits > 0 ? FuzzyConfidence : LexiconConfidence,
                    record.Canonical, record.IsCountry ? record.Country : null);
            }

            foreach (var (start, end, hit) in _officials)
            {
                AddMention(MentionType.Official, start, end, MentionSource.Lexicon, hit.Edits > 0 ? FuzzyConfidence : LexiconConfidence,
                    knowledge.Officials[hit.Entry.Index].Name, null);
            }

            PlaceAdjectives();

            foreach (var title in titles)
            {
                Attach(title, titles);
            }

            Byline();
        }

        private void Attach(TitleSpan title, List<TitleSpan> titles)
        {
            var name = NameAfter(title.End, titles);
            if (name is null && title.IsRank)
            {
                return;
            }

            name ??= AppositiveName(title.Start) ?? ClauseName(title.Start) ?? NameBetweenCommas(title.End, titles);
            if (name is null && CoordinatedWith(title, titles) is { } holder)
            {
                // "NAME, TITLE and TITLE": the second title is the same official's
                AddTitle(title, holder);
                return;
            }

            if (name is not { } n)
            {
                return;
            }

            var type = title.IsNonOfficial ? MentionType.Person : MentionType.Official;
            var person = AddMention(type, n.Start, n.End, n.Canonical is null ? MentionSource.Rule : MentionSource.Lexicon,
                n.Canonical is null ? PatternConfidence : LexiconConfidence, n.Canonical ?? Text(n.Start, n.End), null);
            if (type == MentionType.Person)
            {
                return;
            }

            AddTitle(title, person);
        }

        private void AddTitle(TitleSpan title, int person)
        {
            var titleMention = AddMention(MentionType.Title, title.Start, title.End, MentionSource.Rule, PatternConfidence, null, null);
            draft.Relations.Add(new Relation(RelationType.HasTitle, person, titleMention));
            _holderOf[title.Start] = person;
            if (Body(title) is { } body)
            {
                draft.Relations.Add(new Relation(RelationType.MemberOf, person, body));
            }
        }

        /// <summary>
        /// The official a title is coordinated with: the holder of the title right before it when only a
        /// comma, <c>and</c> or both (and an article) stand between (<c>Jiang Zemin, general secretary of the
        /// party, President of the state and chairman of the commission</c>).
        /// </summary>
        private int? CoordinatedWith(TitleSpan title, List<TitleSpan> titles)
        {
            var i = title.Start - 1;
            if (i >= _from && Is(i, GrammarRole.Article))
            {
                i--;
            }

            var between = 0;
            if (i >= _from && Is(i, GrammarRole.ListCoordinator))
            {
                i--;
                between++;
            }

            if (i >= _from && _tokens[i].Text == ",")
            {
                i--;
                between++;
            }

            if (between == 0)
            {
                return null;
            }

            foreach (var previous in titles)
            {
                if (previous.End == i + 1 && _holderOf.TryGetValue(previous.Start, out var holder))
                {
                    return holder;
                }
            }

            return null;
        }

        /// <summary>
        /// A name set off by commas right after a title: <c>China's ambassador, Wang Guanya, said</c>. The
        /// closing comma is required, so a list or a clause that goes on is not read as one, and a title after
        /// it makes the name that title's (<c>premier of the Cabinet, Jong Myong Su, vice-premier</c>).
        /// </summary>
        private (int Start, int End, string? Canonical)? NameBetweenCommas(int titleEnd, List<TitleSpan> titles)
        {
            if (titleEnd + 1 >= _to || _tokens[titleEnd].Text != ",")
            {
                return null;
            }

            var at = titleEnd + 1;
            var known = _officials.FirstOrDefault(o => o.Start == at);
            var (end, canonical) = known.End > 0 ? (known.End, knowledge.Officials[known.Hit.Entry.Index].Name) : (at + FreeNameRun(at), (string?)null);
            var words = end - at;
            if (words < (canonical is null ? 2 : 1) || end >= _to || _tokens[end].Text != ",")
            {
                return null;
            }

            var next = end + 1 < _to && Is(end + 1, GrammarRole.Article) ? end + 2 : end + 1;
            return titles.Any(t => t.Start == next) ? null : (at, end, canonical);
        }

        /// <summary>A known official or a run of name words right after the title (after a comma for an appositive title).</summary>
        private (int Start, int End, string? Canonical)? NameAfter(int at, List<TitleSpan> titles)
        {
            if (at >= _to)
            {
                return null;
            }

            if (titles.Any(t => t.Start == at && t.IsRank))
            {
                return null;
            }

            var known = _officials.FirstOrDefault(o => o.Start == at);
            if (known.End > 0)
            {
                return (known.Start, known.End, knowledge.Officials[known.Hit.Entry.Index].Name);
            }

            var run = FreeNameRun(at);
            if (run > 0 && rules._names.StartsBodyName(draft.Text, _tokens, at, _to))
            {
                return null; // "China's official New China News Agency": the title word is an adjective of a body's name
            }

            if (run == 1 && _titleCase && !rules._names.IsEastAsianFamily(_tokens[at].Text))
            {
                return null; // in a Title Case headline one capitalised word after a title is as likely a verb ("Leader Vows")
            }

            if (run > 1 && _titleCase)
            {
                // and a verb follows a name as often as a given name does ("Chairman Kim Arrives", "Premier Hails
                // Ties"): the name runs only over words the knowledge base knows from officials' names, after an
                // East Asian family name or a first word it knows; the body's full name links the rest
                var nameWords = rules._names.IsEastAsianFamily(_tokens[at].Text) || knowledge.OfficialNameWords.Contains(_tokens[at].Text) ? 1 : 0;
                while (nameWords > 0 && nameWords < run && knowledge.OfficialNameWords.Contains(_tokens[at + nameWords].Text))
                {
                    nameWords++;
                }

                run = nameWords;
            }

            return run > 0 ? (at, at + run, null) : null;
        }

        /// <summary>The first token of a demonym that ends right before token <paramref name="end"/> (<c>the US ambassador</c>), or null.</summary>
        private int? DemonymEndingAt(int end) =>
            hits.FirstOrDefault(h => h.Entry.Kind == LexiconKind.Demonym && h.EndToken == end) is { EndToken: > 0 } demonym ? demonym.StartToken : null;

        /// <summary>Whether token <paramref name="i"/> is a grammar word of <paramref name="role"/>.</summary>
        private bool Is(int i, GrammarRole role) => rules._language.Words(role).Contains(_tokens[i].Text);

        private (int Start, int End, string? Canonical)? AppositiveName(int titleStart)
        {
            // NAME, (the) TITLE; NAME, the US TITLE; NAME, Russia's / the North's TITLE
            var i = titleStart - 1;
            if (DemonymEndingAt(i + 1) is { } demonymStart)
            {
                i = demonymStart - 1;
            }
            else if (i - 1 > _from && _tokens[i].Text == "'s" && char.IsUpper(_tokens[i - 1].Text[0]))
            {
                i--;
                for (var words = 0; i - 1 > _from && words < MaxOwnerWords - 1 && char.IsUpper(_tokens[i - 1].Text[0]) && _tokens[i - 1].Text != ","; words++)
                {
                    i--;
                }

                i--;
            }

            if (i >= _from && Is(i, GrammarRole.Article))
            {
                i--;
            }

            if (i < _from + 1 || _tokens[i].Text != ",")
            {
                return null;
            }

            return NameEndingAt(i);
        }

        private (int Start, int End, string? Canonical)? ClauseName(int titleStart)
        {
            // NAME, who serves as / who used to work as / who is (the) TITLE; NAME took over as (North Korean) TITLE;
            // appointed NAME as its (new) TITLE
            var i = titleStart - 1;
            if (DemonymEndingAt(i + 1) is { } demonymStart)
            {
                i = demonymStart - 1;
            }

            if (i >= _from && Is(i, GrammarRole.TitleModifier))
            {
                i--;
            }

            if (i >= _from && (Is(i, GrammarRole.Article) || Is(i, GrammarRole.Possessive)))
            {
                i--;
            }

            if (i >= _from && Is(i, GrammarRole.Apposition))
            {
                return RoleVerbPhrase(i);
            }

            if (i < _from + 2 || !Is(i, GrammarRole.Copula))
            {
                return null;
            }

            if (i - 1 >= _from && rules._language.Words(GrammarRole.Perfect).Contains(_tokens[i - 1].Text + " " + _tokens[i].Text))
            {
                i--;
            }

            return Is(i - 1, GrammarRole.RelativePronoun) && _tokens[i - 2].Text == "," ? NameEndingAt(i - 2) : null;
        }

        /// <summary>
        /// The name before <c>(who) VERB as</c>, where the verb phrase is one of taking up or holding an office
        /// (<c>who used to work as</c>, <c>took over as</c>, <c>was named as</c>).
        /// </summary>
        private (int Start, int End, string? Canonical)? RoleVerbPhrase(int asToken)
        {
            var start = asToken;
            var verb = false;
            while (start - 1 >= _from && asToken - start < 4 && _tokens[start - 1].Text is var word && !Is(start - 1, GrammarRole.RelativePronoun) && word.All(char.IsLower))
            {
                verb |= rules._roleVerbs.Contains(word);
                start--;
            }

            if (!verb)
            {
                // VERB NAME as TITLE: "appointed Pak Myong Sun as its new minister of ...", also with an
                // appositive between: "appointed Chung Eui-yong, a career diplomat, as director of ..."
                var end = asToken;
                if (end - 1 > _from && _tokens[end - 1].Text == ",")
                {
                    var opening = end - 2;
                    while (opening > _from && end - opening <= MaxAppositiveWords && _tokens[opening].Text != ",")
                    {
                        opening--;
                    }

                    end = _tokens[opening].Text == "," ? opening : end;
                }

                return NameEndingAt(end) is { } named && named.Start - 1 >= _from && rules._roleVerbs.Contains(_tokens[named.Start - 1].Text) ? named : null;
            }

            if (start - 2 >= _from && Is(start - 1, GrammarRole.RelativePronoun) && _tokens[start - 2].Text == ",")
            {
                return NameEndingAt(start - 2, minimumWords: 1); // "Kim, who used to work as": a short reference to someone named before
            }

            return NameEndingAt(start);
        }

        private (int Start, int End, string? Canonical)? NameEndingAt(int comma, int minimumWords = 2)
        {
            var known = _officials.FirstOrDefault(o => o.End == comma);
            if (known.End > 0)
            {
                return (known.Start, known.End, knowledge.Officials[known.Hit.Entry.Index].Name);
            }

            var start = comma;
            while (start - 1 >= _from && comma - start < 4 && rules._names.IsNameWord(_tokens[start - 1].Text) && !Taken(start - 1))
            {
                start--;
            }

            return comma - start >= minimumWords ? (start, comma, null) : null;
        }

        /// <summary>
        /// The run of name words at <paramref name="at"/> that no organisation or place holds; past its first word
        /// (outside Title Case lines) it goes on over a one-word place that is no country, which in a name is a
        /// given name (<c>Chen Deming</c>, not the place <c>Deming</c>).
        /// </summary>
        private int FreeNameRun(int at)
        {
            var run = rules._names.NameRun(_tokens, at, _to);
            var free = 0;
            while (free < run && (!Taken(at + free) || (free > 0 && !_titleCase && IsGivenNamePlace(at + free))))
            {
                free++;
            }

            return free;
        }

        private bool IsGivenNamePlace(int token) =>
            !_organizations.Any(o => o.Start <= token && token < o.End)
            && _places.FirstOrDefault(p => p.Start <= token && token < p.End) is { End: > 0 } place
            && place.End - place.Start == 1 && !knowledge.Places[place.Hit.Entry.Index].IsCountry;

        private bool Taken(int token) =>
            _organizations.Any(o => o.Start <= token && token < o.End) || _places.Any(p => p.Start <= token && token < p.End)
            || _companies.Any(c => c.Start <= token && token < c.End);

        /// <summary>
        /// Companies and other entities named with a legal suffix (<c>Dandong Rich Earth Trading Co.</c>,
        /// <c>Gefest-M LLC</c>, <c>Mingzheng International Trading Limited</c>): a run of capitalised words
        /// ending in suffixes. A run the lexicon knows otherwise (the place <c>West Bank</c>, an organisation
        /// reaching past it) is left to the lexicon.
        /// </summary>
        private List<(int Start, int End)> CompanyNames()
        {
            var found = new List<(int Start, int End)>();
            for (var i = _from + 1; i < _to; i++)
            {
                if (!rules._organizationSuffixes.Contains(_tokens[i].Text))
                {
                    continue;
                }

                var end = i + 1;
                while (end < _to && (rules._organizationSuffixes.Contains(_tokens[end].Text)
                    || (_tokens[end].Text == "," && end + 1 < _to && rules._organizationSuffixes.Contains(_tokens[end + 1].Text))))
                {
                    end += _tokens[end].Text == "," ? 2 : 1;
                }

                var start = i;
                while (start - 1 >= _from && i - start < MaxCompanyWords && CompanyWordAt(start - 1))
                {
                    start--;
                }

                while (start < i && _tokens[start].Text == "-")
                {
                    start++;
                }

                var lexiconPlace = hits.Any(h => h.Entry.Kind == LexiconKind.Place && h.StartToken <= start && end <= h.EndToken);
                var lexiconOrganization = _organizations.Any(o => o.Start < end && start < o.End && (o.Start < start || end < o.End));
                if (start < i && !lexiconPlace && !lexiconOrganization)
                {
                    found.Add((start, end));
                }

                i = end;
            }

            return found;
        }

        private bool CompanyWordAt(int token)
        {
            var word = _tokens[token].Text;
            if (word is "-" or "&")
            {
                return token - 1 >= _from && _tokens[token - 1].End == _tokens[token].Start && _tokens[token].End == _tokens[token + 1].Start;
            }

            return char.IsUpper(word[0]) && !rules._organizationNameStops.Contains(word) && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '.');
        }

        /// <summary><c>Moscow-based</c>, <c>Hong Kong-registered</c>: the capitalised name before the hyphen is a place, known or not.</summary>
        private void PlaceAdjectives()
        {
            for (var i = _from + 1; i + 1 < _to; i++)
            {
                if (_tokens[i].Text != "-" || !rules._placeSuffixes.Contains(_tokens[i + 1].Text) || _tokens[i - 1].End != _tokens[i].Start
                    || _places.Any(p => p.End == i) || Taken(i - 1) || _officials.Any(o => o.Start < i && i - 1 < o.End))
                {
                    continue;
                }

                var start = i;
                while (start - 1 >= _from && i - start < MaxPlaceAdjectiveWords && rules._names.IsNameWord(_tokens[start - 1].Text) && !Taken(start - 1))
                {
                    start--;
                }

                if (start < i)
                {
                    AddMention(MentionType.Place, start, i, MentionSource.Rule, PatternConfidence, Slice(start, i), null);
                }
            }
        }

        private bool InCompany(LexiconHit hit) => _companies.Any(c => c.Start <= hit.StartToken && hit.EndToken <= c.End);

        private bool InShip(LexiconHit hit) => ShipNames.Inside(_ships, hit.StartToken, hit.EndToken);

        private string Slice(int startToken, int endToken) => draft.Slice(_tokens[startToken].Start, _tokens[endToken - 1].End);

        /// <summary>The mention of the body the official serves: <c>PLACE's TITLE</c>, or <c>TITLE from/of (the) PLACE's ORG</c>.</summary>
        private int? Body(TitleSpan title)
        {
            if (title.Start - 2 >= _from && _tokens[title.Start - 1].Text == "'s")
            {
                var owner = title.Start - 1;
                if (_places.FirstOrDefault(p => p.End == owner) is { End: > 0 } place)
                {
                    return _mentionAt[(place.Start, place.End, MentionType.Place)];
                }

                if (_organizations.FirstOrDefault(o => o.End == owner) is { End: > 0 } org)
                {
                    return _mentionAt[(org.Start, org.End, MentionType.Organization)];
                }
            }

            var inside = _organizations.Where(o => title.Start <= o.Start && o.End <= title.End).LastOrDefault();
            if (inside.End > 0)
            {
                return _mentionAt[(inside.Start, inside.End, MentionType.Organization)];
            }

            var i = title.End;
            if (i + 1 < _to && Is(i, GrammarRole.Origin))
            {
                i++;
                if (Is(i, GrammarRole.Article))
                {
                    i++;
                }

                var place = _places.FirstOrDefault(p => p.Start == i);
                if (place.End > 0 && place.End + 1 < _to && _tokens[place.End].Text == "'s")
                {
                    var org = _organizations.FirstOrDefault(o => o.Start == place.End + 1);
                    if (org.End > 0)
                    {
                        return _mentionAt[(org.Start, org.End, MentionType.Organization)];
                    }
                }

                if (place.End > 0)
                {
                    return _mentionAt[(place.Start, place.End, MentionType.Place)];
                }

                var direct = _organizations.FirstOrDefault(o => o.Start == i);
                if (direct.End > 0)
                {
                    return _mentionAt[(direct.Start, direct.End, MentionType.Organization)];
                }
            }

            return null;
        }

        /// <summary><c>By Jane Doe</c> on a line of its own and <c>Edited by Jane Doe.</c> name Persons.</summary>
        private void Byline()
        {
            var i = _from;
            if (i < _to && Is(i, GrammarRole.Editor) && i + 1 < _to && Is(i + 1, GrammarRole.Byline))
            {
                i++;
            }

            // A byline opens its line with a capital ("By Jane Doe"); after an editor word it need not.
            if (i >= _to || !Is(i, GrammarRole.Byline) || (i == _from && !char.IsUpper(_tokens[i].Text[0])))
            {
                return;
            }

            var run = FreeNameRun(i + 1);
            var end = i + 1 + run;
            if (run >= 2 && (end == _to || (end + 1 == _to && _tokens[end].Text == ".")))
            {
                AddMention(MentionType.Person, i + 1, end, MentionSource.Rule, PatternConfidence, Text(i + 1, end), null);
            }
        }

        private int AddMention(MentionType type, int startToken, int endToken, MentionSource source, double confidence, string? canonical, string? code)
        {
            if (_mentionAt.TryGetValue((startToken, endToken, type), out var existing))
            {
                return existing;
            }

            var start = _tokens[startToken].Start;
            var end = _tokens[endToken - 1].End;
            draft.Mentions.Add(new Mention(type, start, end, draft.Slice(start, end), source, confidence) { Canonical = canonical, CountryCode = code });
            _mentionAt[(startToken, endToken, type)] = draft.Mentions.Count - 1;
            return draft.Mentions.Count - 1;
        }

        private string Text(int startToken, int endToken) =>
            string.Join(' ', Enumerable.Range(startToken, endToken - startToken).Select(i => _tokens[i].Text)).Replace(" - ", "-", StringComparison.Ordinal);

        private bool IsBoilerplate(LexiconHit hit) => draft.IsBoilerplate(new TextSpan(_tokens[hit.StartToken].Start, _tokens[hit.EndToken - 1].End));

        private static bool Covered(LexiconHit hit, List<(int Start, int End, LexiconHit Hit)> spans) =>
            spans.Any(s => s.Start <= hit.StartToken && hit.EndToken <= s.End);

        private static bool Overlaps(LexiconHit hit, List<(int Start, int End, LexiconHit Hit)> spans) =>
            spans.Any(s => s.Start < hit.EndToken && hit.StartToken < s.End);
    }
}
