namespace Attache.Documents;

/// <summary>One occurrence of an entity in the text.</summary>
/// <param name="Type">The entity type.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character (exclusive).</param>
/// <param name="Text">The mention's characters exactly as written.</param>
/// <param name="Source">Which component found it.</param>
/// <param name="Confidence">Probability-like score in [0, 1].</param>
public sealed record Mention(MentionType Type, int Start, int End, string Text, MentionSource Source, double Confidence)
{
    /// <summary>The canonical name (an official's full name, a place's English name), when known.</summary>
    public string? Canonical { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code for a country mention; otherwise null.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Id of the <see cref="Entity"/> this mention belongs to, once linking has run: its position in <see cref="Document.Entities"/>.</summary>
    public int? EntityId { get => _entityId; init => _entityId = value; }

    /// <summary>How sure the extractor is of the mention, in [0, 1].</summary>
    public double Confidence { get => _confidence; init => _confidence = value; }

    // The merger and the linker change a draft's mentions in place: copying each (a record's `with`)
    // would leave a dense document's hundreds of thousands of long-lived mentions behind as garbage at
    // once (issue #21). Only they do, on mentions of the draft they work on, before any document holds them.
    private int? _entityId;
    private double _confidence = Confidence;

    /// <summary>Links a draft's mention to an entity in place (see <see cref="EntityId"/>); for the linker only.</summary>
    internal void LinkTo(int entityId) => _entityId = entityId;

    /// <summary>Sets a draft's mention's confidence in place (see <see cref="Confidence"/>); for the merger only.</summary>
    internal void Reinforce(double confidence) => _confidence = confidence;

    /// <summary>Which stage made the mention (not part of the output).</summary>
    internal MentionOrigin Origin { get; init; }

    /// <summary>The mention's character range.</summary>
    public TextSpan Span => new(Start, End);
}
