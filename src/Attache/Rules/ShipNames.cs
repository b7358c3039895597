using Attache.Documents;
using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// Ships' names: a ship prefix (<see cref="LanguageProfile.ShipPrefixes"/>: <c>USS</c>, <c>MV</c>) and the run of
/// capitalised words after it (<c>USS Pueblo</c>, <c>USS Abraham Lincoln</c>, <c>MV Wise Honest</c>). A ship is no
/// organisation, and the place or person it is named after is not mentioned there, so the rules and the entity
/// tagger read no entity inside one.
/// </summary>
internal static class ShipNames
{
    /// <summary>The most words a ship's name runs to after its prefix.</summary>
    private const int MaxNameWords = 4;

    /// <summary>The ships' names among tokens [<paramref name="from"/>, <paramref name="to"/>), as token ranges, prefix included.</summary>
    public static List<(int Start, int End)> Find(IReadOnlyList<Token> tokens, int from, int to, LanguageProfile language)
    {
        var ships = new List<(int Start, int End)>();
        for (var i = from; i < to - 1; i++)
        {
            if (!language.ShipPrefixes.Contains(tokens[i].Text))
            {
                continue;
            }

            var end = i + 1;
            while (end < to && end - i <= MaxNameWords && IsNameWord(tokens[end].Text))
            {
                end++;
            }

            if (end > i + 1)
            {
                ships.Add((i, end));
                i = end - 1;
            }
        }

        return ships;
    }

    /// <summary>Whether a token span [<paramref name="start"/>, <paramref name="end"/>) lies in one of <paramref name="ships"/>.</summary>
    public static bool Inside(List<(int Start, int End)> ships, int start, int end)
    {
        foreach (var ship in ships)
        {
            if (ship.Start < end && start < ship.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameWord(string word) => char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '.');
}
