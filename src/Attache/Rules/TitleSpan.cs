namespace Attache.Rules;

/// <summary>A title phrase over tokens <c>[Start, End)</c>, with the title record of its head.</summary>
internal readonly record struct TitleSpan(int Start, int End, bool IsRank, bool IsNonOfficial);
