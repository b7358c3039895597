namespace Attache.Formats;

/// <summary>The annotations of one brat <c>.ann</c> file. Offsets count Unicode code points.</summary>
/// <param name="Spans">Text-bound annotations (<c>T</c>).</param>
/// <param name="Relations">Relations (<c>R</c>).</param>
/// <param name="Events">Events (<c>E</c>).</param>
/// <param name="Normalizations">Normalisations (<c>N</c>).</param>
public sealed record BratDocument(
    IReadOnlyList<BratSpan> Spans,
    IReadOnlyList<BratRelation> Relations,
    IReadOnlyList<BratEvent> Events,
    IReadOnlyList<BratNormalization> Normalizations)
{
    /// <summary>An empty annotation file.</summary>
    public static BratDocument Empty { get; } = new([], [], [], []);

    /// <inheritdoc/>
    public bool Equals(BratDocument? other) =>
        other is not null
        && Spans.SequenceEqual(other.Spans)
        && Relations.SequenceEqual(other.Relations)
        && Events.SequenceEqual(other.Events)
        && Normalizations.SequenceEqual(other.Normalizations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Spans.Count, Relations.Count, Events.Count, Normalizations.Count);
}
