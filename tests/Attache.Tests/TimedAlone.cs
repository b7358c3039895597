namespace Attache.Tests;

/// <summary>
/// Tests that compare times within one run (a cancellation's latency against the same article's uncancelled time)
/// run alone: another test class on the second core would slow one measurement and not the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedAlone
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "Timing";
}
