using Attache.Documents;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// What names look like in this news: capitalised words, and Korean and Chinese family names, with the
/// words of the language profile (<see cref="LanguageProfile.NotNameWords"/>, <see cref="LanguageProfile.KoreanFamilyNames"/>,
/// <see cref="LanguageProfile.ChineseFamilyNames"/>).
/// </summary>
internal sealed class NameShapes(LanguageProfile language)
{
    /// <summary>The longest run of name words <see cref="NameRun"/> takes.</summary>
    private const int MaxNameWords = 4;

    public bool IsNameWord(string token) => IsNameWord(token.AsSpan());

    /// <summary>Whether a word (a slice of a text, so no string is made for it) has a name's shape.</summary>
    public bool IsNameWord(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0]) || language.IsNotNameWord(token))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c != '-' && c != '\'')
            {
                return false;
            }
        }

        return token.Length > 1 || language.IsSingleLetterName(token);
    }

    /// <summary>Whether the token is a Korean or Chinese family name, in a plain or a McCune-Reischauer spelling (<c>Ch'oe</c>, <c>Chŏn</c>).</summary>
    public bool IsEastAsianFamily(string token) =>
        language.KoreanFamilyNames.Contains(token) || language.ChineseFamilyNames.Contains(token)
        || (token.Length > 1 && PhraseMatcher.NeedsFolding(token) && PhraseMatcher.Key(token) is var key
            && language.KoreanFamilyNames.Contains(string.Concat(char.ToUpperInvariant(key[0]).ToString(), key.AsSpan(1))));

    /// <summary>The family name of a full name: first word for Korean and Chinese names, last otherwise.</summary>
    public string FamilyOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && IsEastAsianFamily(words[0]) ? words[0] : words[^1];
    }

    /// <summary>The longest run of name words starting at <paramref name="start"/>, at most four tokens, or 0.</summary>
    /// <summary>
    /// Whether the capitalised run from token <paramref name="start"/> goes on, within its line of
    /// <paramref name="text"/>, to a body noun (<c>New China News Agency</c>, <c>Kim Il Sung University</c>): its
    /// words name a body, not a person.
    /// </summary>
    public bool StartsBodyName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end && tokens[i].Text.Length > 0 && char.IsUpper(tokens[i].Text[0])
                 && (i == start || !text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n')); i++)
        {
            if (language.BodyNouns.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    public int NameRun(IReadOnlyList<Token> tokens, int start, int end)
    {
        var length = 0;
        while (start + length < end && length < MaxNameWords && IsNameWord(tokens[start + length].Text)
               && (length == 0 || tokens[start + length].Start - tokens[start + length - 1].End <= 1))
        {
            length++;
        }

        return length;
    }
}
