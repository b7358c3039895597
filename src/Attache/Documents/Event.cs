using System.Diagnostics.CodeAnalysis;

namespace Attache.Documents;

/// <summary>One occurrence of an event, anchored on its trigger words.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Start">Offset of the trigger's first character.</param>
/// <param name="End">Offset one past the trigger's last character (exclusive).</param>
/// <param name="TriggerText">The trigger as written.</param>
/// <param name="Sentence">Index of the sentence that holds the trigger.</param>
/// <param name="Confidence">Probability-like score in [0, 1].</param>
[SuppressMessage("Naming", "CA1716", Justification = "The annotation guidelines' own word; a VB keyword only.")]
public sealed record Event(EventType Type, int Start, int End, string TriggerText, int Sentence, double Confidence)
{
    /// <summary>Entity ids of the participants: positions in <see cref="Document.Entities"/>.</summary>
    public IReadOnlyList<int> Participants { get; init; } = [];

    /// <summary>Entity id of the place where it happened, if the text says: a position in <see cref="Document.Entities"/>.</summary>
    public int? Place { get; init; }

    /// <summary>The date the text fixes for the event: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }

    /// <summary>Which stage made the event; not part of the output.</summary>
    internal EventOrigin Origin { get; init; }

    /// <summary>The trigger's character range.</summary>
    public TextSpan Span => new(Start, End);
}
