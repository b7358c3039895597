namespace Attache.Models;

/// <summary>
/// Maps feature names to indexes of a 2^18-dimensional sparse vector with FNV-1a, a hash that is the
/// same on every run and machine (unlike <see cref="string.GetHashCode()"/>), so trained weights stay valid.
/// </summary>
internal static class FeatureHasher
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static int Hash(string name, ReadOnlySpan<char> value) => Finish(Named(name), value);

    public static int Hash(string name, ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Finish(Prefix(name, first), second);

    /// <summary>
    /// The state of <see cref="Hash(string, ReadOnlySpan{char}, ReadOnlySpan{char})"/> after its name and first value, so
    /// that one first value joined with many seconds is hashed once: <c>Finish(Prefix(n, a), b) == Hash(n, a, b)</c>.
    /// </summary>
    public static uint Prefix(string name, ReadOnlySpan<char> first) => (Mix(Named(name), first) ^ 0x1E) * Prime;

    /// <summary>Ends a hash begun by <see cref="Prefix"/> with its second value.</summary>
    public static int Finish(uint prefix, ReadOnlySpan<char> second) => (int)(Mix(prefix, second) & (Dimension - 1));

    /// <summary>The state after a feature's name and the separator before its value.</summary>
    private static uint Named(string name) => (Mix(Offset, name) ^ 0x1F) * Prime;

    private static uint Mix(uint h, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }

        return h;
    }
}
