using Attache.Text;

namespace Attache.Rules;

/// <summary>
/// A place name that names a field of study (<c>a professor of North Korea studies</c>) is not a Place; the
/// nouns that make it one are the language's <see cref="GrammarRole.FieldOfStudy"/> words.
/// </summary>
internal static class FieldOfStudy
{
    public static bool Follows(string text, int placeEnd, LanguageProfile language)
    {
        var rest = text.AsSpan(placeEnd).TrimStart(' ');
        foreach (var noun in language.Words(GrammarRole.FieldOfStudy))
        {
            if (rest.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && (rest.Length == noun.Length || !char.IsLetter(rest[noun.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
