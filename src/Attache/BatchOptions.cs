namespace Attache;

/// <summary>Options for <see cref="Extractor.ExtractMany"/>.</summary>
public sealed record BatchOptions
{
    /// <summary>How many threads extract at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many articles are read ahead of the one being returned. Bounds memory on endless streams;
    /// larger windows balance uneven article lengths better.
    /// </summary>
    public int Window { get; init; } = 256;
}
