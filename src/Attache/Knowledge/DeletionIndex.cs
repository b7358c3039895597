namespace Attache.Knowledge;

/// <summary>
/// The one-letter deletions of a list of words, for finding the words one edit away from another
/// (SymSpell's idea). A deletion is stored as a 32-bit hash beside its word and position, all in one
/// sorted array, rather than as a string: the 55,000 deletion strings of the shipped names took 50 to
/// 100 ms to build at start-up, this takes about 15. Every lookup checks the letters, so a hash collision
/// costs time, never a wrong answer. Immutable; safe to share between threads.
/// </summary>
internal sealed class DeletionIndex
{
    /// <summary>Longer words are indexed by their first deletions only (a key holds 8 bits of position).</summary>
    private const int MaxPosition = byte.MaxValue;

    private readonly string[] _words;

    /// <summary>Hash, word and position of each deletion, packed as <c>hash:32 word:24 position:8</c> and sorted.</summary>
    private readonly ulong[] _keys;

    /// <param name="words">The words, at most 2^24 of them; lookups return them in this order.</param>
    public DeletionIndex(IReadOnlyList<string> words)
    {
        if (words.Count >= 1 << 24)
        {
            throw new ArgumentException($"A deletion index holds at most {(1 << 24) - 1} words.", nameof(words));
        }

        _words = [.. words];
        var keys = new List<ulong>(_words.Sum(w => Math.Min(w.Length, MaxPosition)));
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w].AsSpan();
            for (var i = 0; i < word.Length && i < MaxPosition; i++)
            {
                keys.Add(((ulong)Hash(word[..i], word[(i + 1)..]) << 32) | ((ulong)w << 8) | (uint)i);
            }
        }

        _keys = [.. keys];
        Array.Sort(_keys);
    }

    /// <summary>
    /// The words that become <paramref name="deletion"/> when one of their letters is deleted, each
    /// once, in the order they were given.
    /// </summary>
    public IEnumerable<string> WordsDeletingTo(string deletion)
    {
        var hash = (ulong)Hash(deletion, []) << 32;
        var previous = -1;
        for (var k = LowerBound(hash); k < _keys.Length && (_keys[k] & 0xFFFF_FFFF_0000_0000UL) == hash; k++)
        {
            var w = (int)((_keys[k] >> 8) & 0xFF_FFFF);
            var word = _words[w];
            var position = (int)(_keys[k] & 0xFF);
            if (w != previous
                && word.Length == deletion.Length + 1
                && word.AsSpan(0, position).SequenceEqual(deletion.AsSpan(0, position))
                && word.AsSpan(position + 1).SequenceEqual(deletion.AsSpan(position)))
            {
                previous = w;
                yield return word;
            }
        }
    }

    private int LowerBound(ulong key)
    {
        var index = Array.BinarySearch(_keys, key);
        return index >= 0 ? index : ~index;
    }

    /// <summary>FNV-1a over the two pieces as one string, so a deletion hashes like the string it leaves.</summary>
    private static uint Hash(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var hash = 2166136261u;
        foreach (var c in head)
        {
            hash = (hash ^ c) * 16777619u;
        }

        foreach (var c in tail)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
