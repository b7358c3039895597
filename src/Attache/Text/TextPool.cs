namespace Attache.Text;

/// <summary>
/// One string per distinct short slice of a document: the tokens, mentions and triggers of a long article repeat
/// a small vocabulary, and a string per occurrence was most of a dense document's memory (an 8 MB article has two
/// million tokens). Bounded, so a document of nothing but distinct words costs no more than without the pool.
/// Not thread-safe: one pool serves one document on one thread.
/// </summary>
internal sealed class TextPool
{
    /// <summary>Longer slices are rarely repeated, and copying them is what the pool would save.</summary>
    private const int MaxPooledLength = 32;

    /// <summary>Distinct strings kept; beyond it, slices are copied as if there were no pool.</summary>
    private const int MaxEntries = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string> _lower = new(StringComparer.Ordinal);

    public TextPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The slice <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> as a string, shared where it repeats.</summary>
    public string Slice(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > MaxPooledLength)
        {
            return span.ToString();
        }

        if (_lookup.TryGetValue(span, out var pooled))
        {
            return pooled;
        }

        var copy = span.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(copy, copy);
        }

        return copy;
    }

    /// <summary><paramref name="word"/> in lower case (invariant culture), one string per distinct word.</summary>
    public string Lower(string word)
    {
        // most words are ASCII without capitals: such a word is its own lower case, with no lookup
        if (!word.AsSpan().ContainsAnyInRange('A', 'Z') && !word.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return word;
        }

        if (_lower.TryGetValue(word, out var lower))
        {
            return lower;
        }

        lower = word.ToLowerInvariant();
        if (word.Length <= MaxPooledLength && _lower.Count < MaxEntries)
        {
            _lower.Add(word, lower);
        }

        return lower;
    }
}
