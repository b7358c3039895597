namespace Attache.Linking;

/// <summary>
/// A date expression over tokens <c>[StartToken, EndToken)</c> and the date it resolves to (<c>YYYY</c>,
/// <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>); for a bare weekday, which news uses for the coming days as for the
/// past ones, <paramref name="Ahead"/> is the same weekday on or after publication, for a scheduled event.
/// </summary>
internal readonly record struct DateMention(int StartToken, int EndToken, string Value, string? Ahead = null);
