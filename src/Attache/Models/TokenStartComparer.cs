using Attache.Documents;

namespace Attache.Models;

/// <summary>Orders tokens by start offset, for binary search.</summary>
internal sealed class TokenStartComparer : IComparer<Token>
{
    public static readonly TokenStartComparer Instance = new();

    public int Compare(Token? x, Token? y) => (x?.Start ?? -1).CompareTo(y?.Start ?? -1);
}
