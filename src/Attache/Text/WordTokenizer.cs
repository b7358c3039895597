using Attache.Documents;
using Microsoft.ML.Tokenizers;

namespace Attache.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with offsets. Microsoft.ML.Tokenizers'
/// word-or-non-word pre-tokenizer gives the raw runs; this class then splits punctuation runs
/// into single marks and glues back what English news writes as one token: hyphenated lower-case
/// continuations (<c>Ryong-hae</c>, <c>test-fire</c>), possessive and contraction endings
/// (<c>'s</c>, <c>n't</c>), abbreviations and initials (<c>Mr.</c>, <c>Jan.</c>, <c>U.S.</c>,
/// <c>p.m.</c>, <c>F.</c>) and numbers with separators (<c>1,000</c>, <c>2.5</c>).
/// </summary>
internal sealed partial class WordTokenizer(LanguageProfile language) : IDocumentComponent
{
    // PreTokenizer.CreateWordOrNonWord's split, over a source-generated regex: building that regex at run time cost a fifth of start-up.
    private static readonly PreTokenizer Splitter = new RegexPreTokenizer(WordOrNonWord(), null);

    /// <summary>
    /// Pieces handled between two looks at the cancellation token: a few hundred microseconds of work, so a
    /// cancelled huge article stops at once, and the check costs nothing measurable.
    /// </summary>
    private const int CancellationStride = 4096;

    public string Name => "tokenizer";

    public DraftLayers Assigns => DraftLayers.Tokens;

    public void Process(DocumentDraft draft)
    {
        foreach (var (start, end) in Tokenize(draft.Text, language, draft.CancellationToken))
        {
            if (draft.Tokens.Count % CancellationStride == 0)
            {
                draft.CancellationToken.ThrowIfCancellationRequested();
            }

            draft.Tokens.Add(new Token(start, end, draft.Slice(start, end)));
        }
    }

    /// <summary>The tokens of <paramref name="text"/> with the English abbreviations, as the knowledge base splits its phrases.</summary>
    public static List<(int Start, int End)> Tokenize(string text, CancellationToken cancellationToken = default) =>
        Tokenize(text, LanguageProfile.English, cancellationToken);

    public static List<(int Start, int End)> Tokenize(string text, LanguageProfile language, CancellationToken cancellationToken = default)
    {
        var pieces = new List<(int Start, int End)>(text.Length / 4);
        var runs = 0;
        foreach (var (offset, length) in Splitter.PreTokenize(text))
        {
            if (++runs % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = offset + length;
            if (IsWordChar(text[offset]))
            {
                pieces.Add((offset, end));
                continue;
            }

            SplitPunctuation(text, offset, end, pieces);
        }

        return Merge(text, pieces, language, cancellationToken);
    }

    private static void SplitPunctuation(string text, int start, int end, List<(int, int)> pieces)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if ((c == '.' || c == '-') && i + 1 < end && text[i + 1] == c)
            {
                width = 1;
                while (i + width < end && text[i + width] == c)
                {
                    width++;
                }
            }

            pieces.Add((i, i + width));
            i += width;
        }
    }

    private static List<(int Start, int End)> Merge(string text, List<(int Start, int End)> pieces, LanguageProfile language, CancellationToken cancellationToken)
    {
        var tokens = new List<(int Start, int End)>(pieces.Count);
        var steps = 0;
        for (var k = 0; k < pieces.Count; k++)
        {
            if (++steps % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (start, end) = pieces[k];
            var isWord = IsWordChar(text[start]);
            var j = k;

            if (isWord)
            {
                // initials and dotted abbreviations: U.S. / p.m. / D.P.R.K. / F.
                var dotted = j;
                while (dotted + 1 < pieces.Count && Adjacent(pieces[dotted], pieces[dotted + 1]) && IsChar(text, pieces[dotted + 1], '.')
                       && pieces[dotted].End - pieces[dotted].Start == 1 && char.IsLetter(text[pieces[dotted].Start]))
                {
                    dotted++;
                    if (dotted + 1 < pieces.Count && Adjacent(pieces[dotted], pieces[dotted + 1]) && IsSingleLetter(text, pieces[dotted + 1]))
                    {
                        dotted++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (dotted > j && IsChar(text, pieces[dotted], '.'))
                {
                    tokens.Add((start, pieces[dotted].End));
                    k = dotted;
                    continue;
                }

                // known abbreviations: Mr. Jan. Gen. ...
                if (j + 1 < pieces.Count && Adjacent(pieces[j], pieces[j + 1]) && IsChar(text, pieces[j + 1], '.')
                    && language.IsAbbreviation(text.AsSpan(start, end - start)))
                {
                    tokens.Add((start, pieces[j + 1].End));
                    k = j + 1;
                    continue;
                }

                // numbers: 1,000 / 2.5 / 1,234.56
                while (char.IsDigit(text[pieces[j].End - 1]) && j + 2 < pieces.Count
                       && Adjacent(pieces[j], pieces[j + 1]) && Adjacent(pieces[j + 1], pieces[j + 2])
                       && (IsChar(text, pieces[j + 1], ',') || IsChar(text, pieces[j + 1], '.'))
                       && char.IsDigit(text[pieces[j + 2].Start]))
                {
                    j += 2;
                }

                // hyphenated continuations: Ryong-hae, test-fire, 10-day, Punggye-ri; not after an
                // acronym, whose name stands alone (ASEAN-related, U.S.-led); and McCune-Reischauer
                // apostrophes inside a word: Ch'oe, Il-ch'un, Cho'n
                while (IsHyphenContinuation(text, pieces, j, language) || IsInnerApostrophe(text, pieces, j, language))
                {
                    j += 2;
                }

                tokens.Add((start, pieces[j].End));
                k = j;
                continue;
            }

            // possessive and contraction endings after a word: 's n't 're 've 'll 'd 'm
            if (IsChar(text, pieces[k], '\'') && tokens.Count > 0 && tokens[^1].End == start
                && k + 1 < pieces.Count && Adjacent(pieces[k], pieces[k + 1]) && IsClitic(text, pieces[k + 1], language)
                && (k + 2 >= pieces.Count || !Adjacent(pieces[k + 1], pieces[k + 2]) || !IsWordChar(text[pieces[k + 2].Start])))
            {
                var clitic = text.AsSpan(pieces[k + 1].Start, pieces[k + 1].End - pieces[k + 1].Start);
                var (wordStart, wordEnd) = tokens[^1];
                if (language.NegativeCliticLetters(text.AsSpan(wordStart, wordEnd - wordStart), clitic) is > 0 and var letters)
                {
                    tokens[^1] = (wordStart, wordEnd - letters);
                    tokens.Add((wordEnd - letters, pieces[k + 1].End));
                }
                else
                {
                    tokens.Add((start, pieces[k + 1].End));
                }

                k++;
                continue;
            }

            tokens.Add((start, end));
        }

        return tokens;
    }

    private static bool IsHyphenContinuation(string text, List<(int Start, int End)> pieces, int j, LanguageProfile language) =>
        j + 2 < pieces.Count && Adjacent(pieces[j], pieces[j + 1]) && Adjacent(pieces[j + 1], pieces[j + 2])
        && IsChar(text, pieces[j + 1], '-') && IsWordChar(text[pieces[j + 2].Start])
        && !char.IsUpper(text[pieces[j + 2].Start])
        && !(IsAcronym(text, pieces[j]) && char.IsLetter(text[pieces[j + 2].Start]))
        && !IsDetachedSuffix(text, pieces[j], pieces[j + 2], language);

    /// <summary>
    /// A name's adjective ending (<c>Moscow-based</c>, <c>Hong Kong-based</c>) stays a token of its own, so the
    /// place before it is a token the lexicon can find.
    /// </summary>
    private static bool IsDetachedSuffix(string text, (int Start, int End) word, (int Start, int End) suffix, LanguageProfile language) =>
        char.IsUpper(text[word.Start]) && language.AdjectiveSuffixes.Contains(text[suffix.Start..suffix.End]);

    /// <summary>
    /// An apostrophe between letters that romanises an aspirate or a vowel (<c>Ch'oe</c>, <c>ch'un</c>,
    /// <c>Cho'n</c>), not an English ending (<c>'s</c>, <c>n't</c>), which stays a token of its own.
    /// </summary>
    private static bool IsInnerApostrophe(string text, List<(int Start, int End)> pieces, int j, LanguageProfile language) =>
        j + 2 < pieces.Count && Adjacent(pieces[j], pieces[j + 1]) && Adjacent(pieces[j + 1], pieces[j + 2])
        && IsChar(text, pieces[j + 1], '\'') && char.IsLetter(text[pieces[j].End - 1]) && char.IsLower(text[pieces[j + 2].Start])
        && !(IsClitic(text, pieces[j + 2], language) && (j + 3 >= pieces.Count || !Adjacent(pieces[j + 2], pieces[j + 3]) || !IsWordChar(text[pieces[j + 3].Start])));

    private static bool IsClitic(string text, (int Start, int End) piece, LanguageProfile language) =>
        language.IsClitic(text.AsSpan(piece.Start, piece.End - piece.Start));

    private static bool IsAcronym(string text, (int Start, int End) piece) =>
        piece.End - piece.Start >= 2 && text.AsSpan(piece.Start, piece.End - piece.Start).ContainsAnyExceptInRange('A', 'Z') is false;

    private static bool Adjacent((int Start, int End) left, (int Start, int End) right) => left.End == right.Start;

    private static bool IsChar(string text, (int Start, int End) piece, char c) => piece.End - piece.Start == 1 && text[piece.Start] == c;

    private static bool IsSingleLetter(string text, (int Start, int End) piece) => piece.End - piece.Start == 1 && char.IsLetter(text[piece.Start]);

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    [System.Text.RegularExpressions.GeneratedRegex(@"\w+|[^\w\s]+")]
    private static partial System.Text.RegularExpressions.Regex WordOrNonWord();
}
