using Attache.Documents;
using Attache.Text;

namespace Attache;

/// <summary>
/// A document while the pipeline works on it. Components read <see cref="Text"/>, a normalised
/// copy of the original (typographic quotes, dashes and spaces folded), and add tokens, sentences,
/// mentions, relations and events whose offsets index <see cref="Text"/>. The <see cref="Extractor"/>
/// maps every offset back to the original text when it turns the draft into a <see cref="Document"/>.
/// </summary>
public sealed class DocumentDraft
{
    private readonly NormalizedText _normalized;
    private IReadOnlyList<Knowledge.LexiconHit>[]? _hitsBySentence;
    private int _hitsGrouped;
    private string[]? _lower;

    // One string per distinct short word of this document: a dense document repeats the same few
    // names hundreds of thousands of times in tokens, mentions, candidates and triggers (issue #21).
    private readonly TextPool _pool = new();

    internal DocumentDraft(string id, string originalText, DateOnly? published, CancellationToken cancellationToken = default)
    {
        Id = id;
        OriginalText = originalText;
        Published = published;
        CancellationToken = cancellationToken;
        _normalized = TextNormalizer.Normalize(originalText);
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }

    /// <summary>The text exactly as given.</summary>
    public string OriginalText { get; }

    /// <summary>The normalised text every offset of the draft indexes.</summary>
    public string Text => _normalized.Text;

    /// <summary>The article's publication date, if known.</summary>
    public DateOnly? Published { get; }

    /// <summary>
    /// Signalled when the caller gives up on this document (<see cref="Extractor.ExtractMany"/> cancelled). The
    /// default components check it once per sentence, or per few thousand tokens, so a huge article in flight
    /// stops within a fraction of a second; a long-running component of yours should do the same
    /// (<see cref="CancellationToken.ThrowIfCancellationRequested"/>).
    /// </summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Ranges of <see cref="Text"/> that are boilerplate; no component extracts from them.</summary>
    public List<TextSpan> Boilerplate { get; } = [];

    /// <summary>Tokens in text order.</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Mentions found so far, in any order; the extractor sorts them.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Relations between indexes of <see cref="Mentions"/>.</summary>
    public List<Relation> Relations { get; } = [];

    /// <summary>Entities built by linking.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Events found so far.</summary>
    public List<Event> Events { get; } = [];

    /// <summary>Whether <paramref name="span"/> touches a boilerplate range.</summary>
    public bool IsBoilerplate(TextSpan span)
    {
        foreach (var range in Boilerplate)
        {
            if (range.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the sentence that contains offset <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var sentence = Sentences[mid];
            if (offset < sentence.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentence.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Lexicon matches of every sentence, in token indexes; filled by the lexicon stage.</summary>
    internal List<Knowledge.LexiconHit> LexiconHits { get; } = [];

    /// <summary>
    /// Mentions proposed by statistical taggers (the shipped entity tagger, or yours in its place), with
    /// their confidence. The merger decides, by the models' combination policy, which of them join
    /// <see cref="Mentions"/> beside the rules' and lexicon's.
    /// </summary>
    public List<Mention> Candidates { get; } = [];

    /// <summary>The lexicon hits of each sentence, by sentence index; built once and rebuilt only when hits were added since.</summary>
    internal IReadOnlyList<Knowledge.LexiconHit>[] LexiconHitsBySentence()
    {
        if (_hitsBySentence is null || _hitsGrouped != LexiconHits.Count)
        {
            // The lexicon adds hits sentence by sentence; hits a later component appended are sorted in
            // (stably, so each sentence keeps its order), and then every sentence's hits are one range.
            var sentenceOf = LexiconHits.Select(h => SentenceAtToken(h.StartToken)).ToArray();
            if (!IsAscending(sentenceOf))
            {
                var order = Enumerable.Range(0, LexiconHits.Count).OrderBy(i => sentenceOf[i]).ToArray();
                var sorted = order.Select(i => LexiconHits[i]).ToList();
                LexiconHits.Clear();
                LexiconHits.AddRange(sorted);
                sentenceOf = order.Select(i => sentenceOf[i]).ToArray();
            }

            var groups = new IReadOnlyList<Knowledge.LexiconHit>[Sentences.Count];
            Array.Fill(groups, Knowledge.SentenceHits.Empty);
            for (var i = 0; i < sentenceOf.Length;)
            {
                var end = i + 1;
                while (end < sentenceOf.Length && sentenceOf[end] == sentenceOf[i])
                {
                    end++;
                }

                if (sentenceOf[i] >= 0)
                {
                    groups[sentenceOf[i]] = new Knowledge.SentenceHits(LexiconHits, i, end - i);
                }

                i = end;
            }

            _hitsBySentence = groups;
            _hitsGrouped = LexiconHits.Count;
        }

        return _hitsBySentence;
    }

    private static bool IsAscending(int[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Drops working layers (<see cref="DraftLayers.LexiconHits"/>, <see cref="DraftLayers.Candidates"/>) and
    /// what is cached from them; the extractor calls it once no later component requires them. With
    /// both, the lower-case token texts go too: only the stages that read lexicon hits use them.
    /// </summary>
    internal void Release(DraftLayers layers)
    {
        if ((layers & DraftLayers.LexiconHits) != 0)
        {
            LexiconHits.Clear();
            LexiconHits.TrimExcess();
            _hitsBySentence = null;
            _hitsGrouped = 0;
        }

        if ((layers & DraftLayers.Candidates) != 0)
        {
            Candidates.Clear();
            Candidates.TrimExcess();
        }

        if ((layers & (DraftLayers.LexiconHits | DraftLayers.Candidates)) == (DraftLayers.LexiconHits | DraftLayers.Candidates))
        {
            _lower = null;
        }
    }

    /// <summary>Each token's text in lower case, made once per document for the stages that all need it.</summary>
    internal string[] LowerTokenTexts()
    {
        if (_lower is null || _lower.Length != Tokens.Count)
        {
            _lower = Tokens.Select(t => _pool.Lower(t.Text)).ToArray();
        }

        return _lower;
    }

    /// <summary>The normalized text from <paramref name="start"/> to <paramref name="end"/>, shared with every equal short slice of this draft.</summary>
    internal string Slice(int start, int end) => _pool.Slice(Text, start, end);

    /// <summary>The index of the sentence that holds token <paramref name="token"/>, or -1.</summary>
    internal int SentenceAtToken(int token) => token < Tokens.Count ? SentenceAt(Tokens[token].Start) : -1;

    internal (int Start, int End) ToOriginal(int start, int end) => _normalized.ToOriginal(start, end);
}
