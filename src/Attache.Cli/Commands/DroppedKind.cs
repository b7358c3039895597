namespace Attache.Cli.Commands;

/// <summary>What a conversion can drop because the output format has no place for it.</summary>
internal enum DroppedKind
{
    /// <summary>Text-bound annotations (<c>T</c>) other than event triggers.</summary>
    Spans,

    /// <summary>Relations (<c>R</c>).</summary>
    Relations,

    /// <summary>Events (<c>E</c>) with their trigger spans.</summary>
    Events,

    /// <summary>Normalisations (<c>N</c>): canonical names and event dates.</summary>
    Normalisations,
}
