using System.Runtime.ExceptionServices;

namespace Attache;

/// <summary>
/// Maps a stream on several threads, keeping input order. Workers take the next item as soon as they
/// are free, so a long article holds up no one but the reader waiting for it, and at most
/// <c>window</c> items are read ahead of the one the reader is waiting for.
/// </summary>
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
        return threads == 1 ? Sequential(source, map, cancellationToken) : Pipelined(source, map, threads, window, cancellationToken);
    }

    private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, long, TResult> map, CancellationToken cancellationToken)
    {
        long index = 0;
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(item, index++);
        }
    }

    private static IEnumerable<TResult> Pipelined<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, long, TResult> map,
        int threads,
        int window,
        CancellationToken cancellationToken)
    {
        var state = new PipelineState<TSource, TResult>(source.GetEnumerator(), map, window);
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(state.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        // The reader may be waiting for a worker deep in a huge article: cancellation wakes it at once.
        using var wake = cancellationToken.Register(state.Wake);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!state.TryTakeNext(cancellationToken, out var result))
                {
                    yield break;
                }

                yield return result;
            }
        }
        finally
        {
            state.Stop();
            Task.WaitAll(workers, CancellationToken.None);
            state.Dispose();
        }
    }

    /// <summary>The shared state of one pipelined map: the source, the reorder ring and who waits for what.</summary>
    private sealed class PipelineState<TSource, TResult>(IEnumerator<TSource> source, Func<TSource, long, TResult> map, int window) : IDisposable
    {
        private readonly object _gate = new();
        private readonly TResult[] _results = new TResult[window];
        private readonly ExceptionDispatchInfo?[] _errors = new ExceptionDispatchInfo?[window];
        private readonly bool[] _done = new bool[window];
        private long _read;
        private long _taken;
        private bool _sourceEnded;
        private bool _stopped;

        /// <summary>A worker: takes items in order while the window allows, maps them and files the results.</summary>
        public void Work()
        {
            while (true)
            {
                TSource item;
                long index;
                lock (_gate)
                {
                    while (!_stopped && !_sourceEnded && _read - _taken >= window)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopped || _sourceEnded)
                    {
                        return;
                    }

                    try
                    {
                        if (!source.MoveNext())
                        {
                            _sourceEnded = true;
                            Monitor.PulseAll(_gate);
                            return;
                        }
                    }
                    catch (Exception e)
                    {
                        // the source failing is reported in order, as the item it could not give
                        File(_read++, default!, ExceptionDispatchInfo.Capture(e));
                        _sourceEnded = true;
                        return;
                    }

                    item = source.Current;
                    index = _read++;
                }

                TResult result = default!;
                ExceptionDispatchInfo? error = null;
                try
                {
                    result = map(item, index);
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }

                lock (_gate)
                {
                    File(index, result, error);
                    if (error is not null)
                    {
                        _sourceEnded = true;
                        return;
                    }
                }
            }
        }

        /// <summary>
        /// The next result in input order, waiting for it if a worker is still on it; false at the end. Throws
        /// <see cref="OperationCanceledException"/> as soon as <paramref name="cancellationToken"/> is cancelled.
        /// </summary>
        public bool TryTakeNext(CancellationToken cancellationToken, out TResult result)
        {
            lock (_gate)
            {
                var slot = (int)(_taken % window);
                while (!_done[slot] && !(_sourceEnded && _taken == _read))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate);
                }

                if (!_done[slot])
                {
                    result = default!;
                    return false;
                }

                _errors[slot]?.Throw();
                result = _results[slot];
                _results[slot] = default!;
                _done[slot] = false;
                _taken++;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        /// <summary>Tells the workers to take nothing more (the reader stopped early, or is done).</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Wakes the reader and the workers to look at their conditions again (cancellation).</summary>
        public void Wake()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose() => source.Dispose();

        private void File(long index, TResult result, ExceptionDispatchInfo? error)
        {
            var slot = (int)(index % window);
            _results[slot] = result;
            _errors[slot] = error;
            _done[slot] = true;
            Monitor.PulseAll(_gate);
        }
    }
}
