using Attache.Documents;

namespace Attache.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or <c>...</c> (with any
/// closing quotes and brackets that follow) when the next word starts a sentence, at a blank line,
/// at a line break unless the next line continues the sentence in lower case, and around boilerplate.
/// Abbreviations and initials are single tokens (<see cref="WordTokenizer"/>), so <c>Mr.</c>,
/// <c>Jan.</c> and <c>F.</c> never end a sentence; dotted acronyms such as <c>U.S.</c> do only
/// before a word that typically opens one. A run of more than <see cref="MaxTokens"/> tokens with no
/// sentence end (a feed with no punctuation) is cut at its last comma, semicolon or colon, so every
/// per-sentence step downstream stays bounded.
/// </summary>
internal sealed class SentenceSplitter(LanguageProfile language) : IDocumentComponent
{
    /// <summary>No news sentence comes near this many tokens; text that does is cut into pieces this long at most.</summary>
    internal const int MaxTokens = 200;

    public string Name => "sentences";

    public DraftLayers Requires => DraftLayers.Tokens;

    public DraftLayers Assigns => DraftLayers.Sentences;

    public void Process(DocumentDraft draft)
    {
        var text = draft.Text;
        var tokens = draft.Tokens;
        var boilerplate = draft.Boilerplate;
        var first = -1;
        var boiler = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (boiler < boilerplate.Count && boilerplate[boiler].End <= token.Start)
            {
                boiler++;
            }

            if (boiler < boilerplate.Count && boilerplate[boiler].Overlaps(token.Span))
            {
                Close(draft, first, i - 1);
                first = -1;
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else if (i - first >= MaxTokens)
            {
                var cut = LastClauseBreak(tokens, first, i);
                Close(draft, first, cut);
                first = cut + 1;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is null || EndsAfter(text, tokens, i, next))
            {
                Close(draft, first, i);
                first = -1;
            }
        }

        Close(draft, first, tokens.Count - 1);
    }

    /// <summary>The last comma, semicolon or colon in the second half of tokens [first, i), else the token before <paramref name="i"/>.</summary>
    private static int LastClauseBreak(List<Token> tokens, int first, int i)
    {
        for (var t = i - 1; t > first + ((i - first) / 2); t--)
        {
            if (tokens[t].Text is "," or ";" or ":")
            {
                return t;
            }
        }

        return i - 1;
    }

    private bool EndsAfter(string text, List<Token> tokens, int i, Token next)
    {
        var token = tokens[i];
        var gap = text.AsSpan(token.End, next.Start - token.End);
        var lineBreaks = gap.Count('\n');
        if (lineBreaks >= 2)
        {
            return true;
        }

        var terminal = IsTerminal(token.Text);
        var closer = IsCloser(token.Text) && i > 0 && IsTerminal(tokens[i - 1].Text) && tokens[i - 1].End == token.Start;

        if (lineBreaks == 1)
        {
            return terminal || closer || !StartsLower(next.Text);
        }

        if (gap.IsEmpty)
        {
            return false;
        }

        if (terminal || closer)
        {
            // a quote or bracket glued to the terminal mark closes the sentence; wait for it
            if (terminal && IsCloser(next.Text) && next.Start == token.End)
            {
                return false;
            }

            return StartsSentence(next.Text);
        }

        return CanEndSentence(token.Text) && language.SentenceStarters.Contains(next.Text);
    }

    /// <summary>Whether a token ending in a period can end a sentence: dotted acronyms (<c>U.S.</c>, <c>p.m.</c>) and the sentence-final abbreviations.</summary>
    private bool CanEndSentence(string token) =>
        language.SentenceFinalAbbreviations.Contains(token) || (token.Length >= 4 && token[^1] == '.' && token[^3] == '.');

    private static bool IsTerminal(string token) => token is "." or "!" or "?" or "..." or "...." || (token.Length > 1 && token[^1] is '!' or '?' && token.All(c => c is '!' or '?'));

    private static bool IsCloser(string token) => token is "\"" or "'" or ")" or "]";

    private static bool StartsLower(string token) => char.IsLower(token[0]);

    private static bool StartsSentence(string token) => char.IsUpper(token[0]) || char.IsDigit(token[0]) || token is "\"" or "'" or "(" or "[" || !char.IsLetter(token[0]) && !char.IsPunctuation(token[0]);

    private static void Close(DocumentDraft draft, int first, int last)
    {
        if (first < 0 || last < first)
        {
            return;
        }

        var tokens = draft.Tokens;
        draft.Sentences.Add(new Sentence(draft.Sentences.Count, tokens[first].Start, tokens[last].End, first, last - first + 1));
    }
}
