using System.Collections.Concurrent;

namespace Attache;

/// <summary>
/// A thread-safe memo by word that stops growing at a set size, so an endless stream of new words
/// cannot grow it: past the bound, values are made each time and not kept.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _items = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock, so the size is kept with a counter of our own.
    private int _count;

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="create"/> the first time.</summary>
    public TValue GetOrAdd<TState>(string key, Func<string, TState, TValue> create, TState state)
    {
        if (_items.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = create(key, state);
        if (Volatile.Read(ref _count) < capacity && _items.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
