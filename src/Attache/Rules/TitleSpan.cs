namespace Attache.Rules;

/// <summary>
/// A title phrase over tokens <c>[Start, End)</c>, with the title record of its head, and the bodies its
/// <c>of</c> complements name that no knowledge-base organisation covers (<c>Joint Task Force 505</c> of <c>commander of
/// Joint Task Force 505</c>): proper names, so organisations in their own right.
/// </summary>
internal readonly record struct TitleSpan(int Start, int End, bool IsRank, bool IsNonOfficial, IReadOnlyList<(int Start, int End)> NamedBodies);
