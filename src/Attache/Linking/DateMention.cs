namespace Attache.Linking;

/// <summary>A date expression over tokens <c>[StartToken, EndToken)</c> and the date it resolves to (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>).</summary>
internal readonly record struct DateMention(int StartToken, int EndToken, string Value);
