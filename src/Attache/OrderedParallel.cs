namespace Attache;

/// <summary>Maps a stream on several threads, a window at a time, keeping input order.</summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, long, TResult> map,
        int threads,
        int window,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var buffer = new List<TSource>(window);
        var results = new TResult[window];
        long offset = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        using var enumerator = source.GetEnumerator();
        while (true)
        {
            buffer.Clear();
            while (buffer.Count < window && enumerator.MoveNext())
            {
                buffer.Add(enumerator.Current);
            }

            if (buffer.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (threads == 1 || buffer.Count == 1)
            {
                for (var i = 0; i < buffer.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return map(buffer[i], offset + i);
                }
            }
            else
            {
                var start = offset;
                Parallel.For(0, buffer.Count, parallel, i => results[i] = map(buffer[i], start + i));
                for (var i = 0; i < buffer.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return results[i];
                    results[i] = default!;
                }
            }

            offset += buffer.Count;
        }
    }
}
