namespace Attache.Cli.Commands;

/// <summary>The <c>--threads</c> range every verb accepts, checked before anything runs.</summary>
internal static class ThreadCount
{
    /// <summary>
    /// The most threads a verb starts. Each one costs a stack and a share of the read-ahead window, so
    /// a count far beyond any machine's cores only exhausts memory; 1024 is above every core count the
    /// tool is run on.
    /// </summary>
    public const int Max = 1024;

    /// <summary>The default: one thread per core, within <see cref="Max"/>.</summary>
    public static int Default => Math.Min(Environment.ProcessorCount, Max);

    /// <summary>Throws a usage error (exit code 2) when <paramref name="threads"/> is outside 1..<see cref="Max"/>.</summary>
    public static void Check(int threads)
    {
        if (threads is < 1 or > Max)
        {
            throw new UsageException($"--threads must be between 1 and {Max}");
        }
    }
}
