using Attache.Documents;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// Grows title lexicon hits into the title phrases news writes: a tail of <c>of (the) BODY</c>
/// (<c>director of the general political bureau of the North Korean People's Army</c>) and a
/// preceding department (<c>international department director</c>).
/// </summary>
internal sealed class TitleGrammar(LanguageProfile language)
{
    /// <summary>The most words of one domain phrase (<c>North Korean human rights</c>).</summary>
    private const int MaxDomainWords = 4;

    /// <summary>The most rank words before a title (<c>first vice chairman</c>).</summary>
    private const int MaxRankPrefixes = 2;

    /// <summary>The most modifiers of a department before a title (<c>international liaison department director</c>).</summary>
    private const int MaxDepartmentModifiers = 3;

    /// <summary>The most words of a body phrase after <c>of</c> (<c>the general political bureau of the Korean People's Army</c>).</summary>
    private const int MaxBodyWords = 8;

    private readonly NameShapes _names = new(language);

    /// <summary>Nouns that head the body an office belongs to (<c>committee</c>, <c>ministry</c>).</summary>
    private readonly IReadOnlySet<string> _bodyNouns = language.BodyNouns;

    /// <summary>Words that end a domain or body phrase (<c>said</c>, <c>in</c>, <c>the</c>).</summary>
    private readonly IReadOnlySet<string> _functionWords = language.FunctionWords;

    /// <summary>Head nouns of office domains (<c>culture</c>, <c>affairs</c>, <c>unification</c>).</summary>
    private readonly IReadOnlySet<string> _domainHeads = language.TitleDomains;

    /// <summary>Rank words that make a new title of any title (<c>vice</c>, <c>deputy</c>).</summary>
    private readonly IReadOnlySet<string> _rankPrefixes = language.RankPrefixes;

    private readonly IReadOnlySet<string> _articles = language.Words(GrammarRole.Article);

    private readonly IReadOnlySet<string> _possessives = language.Words(GrammarRole.Possessive);

    /// <summary>Links a title to its body (<c>of</c>).</summary>
    private readonly IReadOnlySet<string> _genitives = language.Words(GrammarRole.Genitive);

    /// <summary>Link a title to a list of domains (<c>for</c>, <c>on</c>).</summary>
    private readonly IReadOnlySet<string> _complements = language.Words(GrammarRole.Complement);

    /// <summary>Closes a coordinated list of domains (<c>and</c>).</summary>
    private readonly IReadOnlySet<string> _listCoordinators = language.Words(GrammarRole.ListCoordinator);

    /// <summary>The titles of tokens [<paramref name="from"/>, <paramref name="to"/>), grown from the title hits; <paramref name="titleCase"/> marks a Title Case line, where capitals say little.</summary>
    public List<TitleSpan> Find(IReadOnlyList<Token> tokens, int from, int to, IEnumerable<LexiconHit> titleHits, KnowledgeBase knowledge, IReadOnlyList<(int Start, int End)> organizations, bool titleCase)
    {
        var chosen = new List<TitleSpan>();
        foreach (var hit in titleHits.OrderByDescending(h => h.EndToken - h.StartToken).ThenBy(h => h.StartToken))
        {
            if (chosen.Any(c => c.Start < hit.EndToken && hit.StartToken < c.End))
            {
                continue;
            }

            var record = knowledge.Titles[hit.Entry.Index];
            var start = ExtendLeft(tokens, from, hit.StartToken);
            var end = ExtendRight(tokens, hit.EndToken, to, organizations, titleCase);
            if (chosen.Any(c => c.Start < end && start < c.End))
            {
                start = hit.StartToken;
                end = hit.EndToken;
            }

            chosen.Add(new TitleSpan(start, end, record.IsRank, record.IsNonOfficial));
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private int ExtendLeft(IReadOnlyList<Token> tokens, int from, int start)
    {
        // rank words that make a new title of any title: (first) vice chairman, deputy director
        for (var k = 0; k < MaxRankPrefixes && start - 1 >= from && _rankPrefixes.Contains(tokens[start - 1].Text); k++)
        {
            start--;
        }

        if (start - 1 < from || !_bodyNouns.Contains(tokens[start - 1].Text))
        {
            return start;
        }

        var left = start - 1;
        var modifiers = 0;
        while (left - 1 >= from && modifiers < MaxDepartmentModifiers && IsModifier(tokens[left - 1].Text))
        {
            left--;
            modifiers++;
        }

        return left;
    }

    /// <summary>An article, also capitalised (<c>the</c>, <c>The</c>).</summary>
    private bool IsArticle(string word) => _articles.Contains(word) || _articles.Contains(word.ToLowerInvariant());

    /// <summary>An article or a possessive, also capitalised.</summary>
    private bool IsDeterminer(string word) => IsArticle(word) || _possessives.Contains(word.ToLowerInvariant());

    private bool IsModifier(string word) =>
        word.Length > 2 && char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || c == '-')
        && !IsDeterminer(word) && !_listCoordinators.Contains(word) && !_genitives.Contains(word)
        && !_names.IsEastAsianFamily(word);

    /// <summary>
    /// Grows a title over its complements: <c>of (the) BODY</c> and <c>of</c>, <c>for</c> or <c>on</c> a
    /// coordinated list of domains (<c>minister of culture, sports and tourism</c>, <c>vice minister for
    /// political affairs</c>, <c>special envoy on North Korean human rights</c>). A complement that does not
    /// parse is left out whole, so a title never ends in a dangling preposition.
    /// </summary>
    private int ExtendRight(IReadOnlyList<Token> tokens, int end, int to, IReadOnlyList<(int Start, int End)> organizations, bool titleCase)
    {
        if (_domainHeads.Contains(tokens[end - 1].Text))
        {
            end = ListEnd(tokens, end, to); // a lexicon title that ends in a domain: "Minister of Culture, Sports and Tourism"
        }

        while (end + 1 < to && (_genitives.Contains(tokens[end].Text) || _complements.Contains(tokens[end].Text)))
        {
            var body = end + 1;
            if (!_genitives.Contains(tokens[end].Text))
            {
                var complement = DomainListEnd(tokens, body, to);
                if (complement <= body)
                {
                    break;
                }

                end = complement;
                continue;
            }

            if (body < to && IsArticle(tokens[body].Text))
            {
                body++;
            }

            var domains = DomainListEnd(tokens, body, to);

            var organization = organizations.FirstOrDefault(o => o.Start == body);
            int bodyEnd;
            if (organization != default)
            {
                bodyEnd = organization.End;
            }
            else
            {
                var phraseEnd = BodyPhraseEnd(tokens, body, to);

                // "Minister of Commerce Chen Deming": the name after a domain is the holder's, not more of the body
                if (!titleCase && domains > body && phraseEnd > domains && IsHolderName(tokens, domains, phraseEnd))
                {
                    phraseEnd = domains;
                }

                bodyEnd = Math.Max(phraseEnd, domains);
                if (bodyEnd <= body)
                {
                    break;
                }
            }

            end = bodyEnd;
        }

        return end;
    }

    /// <summary>
    /// The end of a list of domain phrases at <paramref name="start"/> (<c>culture, sports and tourism</c>,
    /// <c>Maritime Affairs and Fisheries</c>), or <paramref name="start"/>. Phrases after commas count only
    /// when an <c>and</c> closes the list; otherwise the list is its first phrase.
    /// </summary>
    private int DomainListEnd(IReadOnlyList<Token> tokens, int start, int to)
    {
        var first = DomainPhraseEnd(tokens, start, to);
        if (first <= start)
        {
            return start;
        }

        return ListEnd(tokens, first, to);
    }

    /// <summary>
    /// The end of the coordinated domain phrases after the one ending at <paramref name="first"/>
    /// (<c>, sports and tourism</c> after <c>culture</c>), or <paramref name="first"/>.
    /// </summary>
    private int ListEnd(IReadOnlyList<Token> tokens, int first, int to)
    {
        var end = first;
        while (end + 1 < to)
        {
            var next = end;
            var closing = false;
            if (tokens[next].Text == ",")
            {
                next++;
            }

            if (next < to && _listCoordinators.Contains(tokens[next].Text))
            {
                next++;
                closing = true;
            }

            if (next == end)
            {
                break;
            }

            var phrase = DomainPhraseEnd(tokens, next, to);
            if (phrase <= next)
            {
                break;
            }

            end = phrase;
            if (closing)
            {
                return end;
            }
        }

        return first;
    }

    /// <summary>The end of one domain phrase: up to four words, the last of them a domain head (<c>public administration</c>), or <paramref name="start"/>.</summary>
    private int DomainPhraseEnd(IReadOnlyList<Token> tokens, int start, int to)
    {
        var best = start;
        for (var i = start; i < to && i < start + MaxDomainWords; i++)
        {
            var word = tokens[i].Text;
            if (!char.IsLetter(word[0]) || !word.All(c => char.IsLetter(c) || c == '-') || _functionWords.Contains(word.ToLowerInvariant()) || _genitives.Contains(word))
            {
                break;
            }

            if (_domainHeads.Contains(word))
            {
                best = i + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether tokens [<paramref name="start"/>, <paramref name="end"/>) read as a person's name: capitalised words, none a
    /// domain or a body noun, two or more of them or an East Asian family name.
    /// </summary>
    private bool IsHolderName(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var word = tokens[i].Text;
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c == '-') || _domainHeads.Contains(word) || _bodyNouns.Contains(word))
            {
                return false;
            }
        }

        return end - start >= 2 || _names.IsEastAsianFamily(tokens[start].Text);
    }

    /// <summary>End of a body phrase such as <c>general political bureau</c> or <c>Chinese Communist Party</c>, or <paramref name="start"/>.</summary>
    private int BodyPhraseEnd(IReadOnlyList<Token> tokens, int start, int to)
    {
        var best = start;
        var sawLowercase = false;
        for (var i = start; i < to && i < start + MaxBodyWords; i++)
        {
            var word = tokens[i].Text;
            if (_genitives.Contains(word))
            {
                break;
            }

            if (char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c == '-'))
            {
                if (sawLowercase)
                {
                    break;
                }

                best = i + 1;
                continue;
            }

            if (i > start && word is "'s" or "'" or "-")
            {
                continue;
            }

            if (char.IsLower(word[0]) && word.All(char.IsLetter) && !_functionWords.Contains(word))
            {
                sawLowercase = true;
                if (_bodyNouns.Contains(word))
                {
                    best = i + 1;
                }

                continue;
            }

            break;
        }

        return best;
    }
}
