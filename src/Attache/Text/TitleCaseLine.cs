using Attache.Documents;

namespace Attache.Text;

/// <summary>
/// Recognises a headline written in Title Case ("N. Korean Leader Vows to Develop Ties with China"), where a
/// capital letter no longer marks a name: most of its longer words are capitalised and it does not end like
/// a sentence of prose. Names in body sentences ("President Moon Jae-in greeted Xi Jinping.") end in a period.
/// </summary>
internal static class TitleCaseLine
{
    /// <summary>Shorter words (of, to, in, with...) stay lower case in Title Case, so only longer ones are counted.</summary>
    private const int MinCountedLength = 4;

    /// <summary>A line needs this many counted words to be judged at all.</summary>
    private const int MinCountedWords = 3;

    /// <summary>The share of counted words that must be capitalised.</summary>
    private const double MinCapitalisedShare = 0.75;

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) form a Title Case line.</summary>
    public static bool Is(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from || tokens[to - 1].Text is "." or "!" or "\"")
        {
            return false;
        }

        var counted = 0;
        var capitalised = 0;
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].Text;
            if (word.Length < MinCountedLength || !char.IsLetter(word[0]))
            {
                continue;
            }

            counted++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
        }

        return counted >= MinCountedWords && capitalised >= MinCapitalisedShare * counted;
    }
}
