using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Attache.Training;

/// <summary>
/// Says every few seconds which trainer candidates are still running and for how long, so a training
/// step that takes a minute is never silent. ML.NET's trainers report nothing while they optimise.
/// </summary>
internal sealed class TrainingHeartbeat : IDisposable
{
    /// <summary>How often a step that is still running is reported.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _progress;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, Stopwatch> _running = new(StringComparer.Ordinal);
    private readonly Timer _timer;

    /// <param name="progress">Where to report (standard error for the command).</param>
    /// <param name="interval">Time between reports.</param>
    public TrainingHeartbeat(TextWriter progress, TimeSpan interval)
    {
        _progress = progress;
        _timer = new Timer(_ => Beat(), null, interval, interval);
    }

    /// <summary>A candidate started training.</summary>
    public void Started(string name) => _running[name] = Stopwatch.StartNew();

    /// <summary>A candidate finished: it is reported no more.</summary>
    public void Finished(string name) => _running.TryRemove(name, out _);

    /// <summary>Writes one line naming every candidate still running with its time so far; nothing when none is.</summary>
    public void Beat()
    {
        var running = _running.ToArray().OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value.Elapsed.TotalSeconds:0} s"))
            .ToArray();
        if (running.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            _progress.WriteLine($"      still training: {string.Join(", ", running)}");
            _progress.Flush();
        }
    }

    public void Dispose() => _timer.Dispose();
}
