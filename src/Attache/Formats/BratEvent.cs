namespace Attache.Formats;

/// <summary>A brat event (<c>E</c> line).</summary>
/// <param name="Id">The annotation id, such as <c>E2</c>.</param>
/// <param name="Type">The event type.</param>
/// <param name="Trigger">Id of the trigger's <c>T</c> annotation.</param>
/// <param name="Arguments">The event's arguments in order.</param>
public sealed record BratEvent(string Id, string Type, string Trigger, IReadOnlyList<BratArgument> Arguments)
{
    /// <inheritdoc/>
    public bool Equals(BratEvent? other) =>
        other is not null && Id == other.Id && Type == other.Type && Trigger == other.Trigger && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Type, Trigger, Arguments.Count);
}
