namespace Attache.Knowledge;

/// <summary>
/// The country codes a knowledge file may use: ISO 3166-1 alpha-3, the former countries news still
/// names (<c>SUN</c>, <c>DDR</c>, <c>YUG</c>, <c>CSK</c>) and Kosovo's <c>XKX</c>, as the gazetteer
/// writes them (<c>country-codes.txt</c>, generated with <c>places.tsv</c>), so every code the
/// gazetteer knows is valid and nothing else.
/// </summary>
internal static class CountryCodes
{
    public const string ResourceFile = "country-codes.txt";

    // Codes are upper case as the gazetteer and the linker compare them: 'prk' would never match PRK.
    private static readonly HashSet<string> Codes = new(WordLists.ReadLines(ResourceFile), StringComparer.Ordinal);

    public static bool IsValid(string code) => Codes.Contains(code);

    /// <summary>What a country field takes, for error messages.</summary>
    public const string Expected = "an ISO 3166-1 alpha-3 country code in upper case (PRK, KOR, USA; SUN for the Soviet Union)";
}
