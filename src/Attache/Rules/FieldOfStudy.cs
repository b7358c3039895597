namespace Attache.Rules;

/// <summary>
/// A place name that names a field of study (<c>a professor of North Korea studies</c>) is not a Place.
/// </summary>
internal static class FieldOfStudy
{
    public static bool Follows(string text, int placeEnd) =>
        text.AsSpan(placeEnd).TrimStart(' ') is var rest
        && rest.StartsWith("studies", StringComparison.OrdinalIgnoreCase)
        && (rest.Length == 7 || !char.IsLetter(rest[7]));
}
