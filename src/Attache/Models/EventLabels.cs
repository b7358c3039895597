using Attache.Documents;

namespace Attache.Models;

/// <summary>
/// The event classifier's label scheme, in one place for training, the model files and inference: class 0
/// is no event, class 1 + <c>(int)type</c> is the event type.
/// </summary>
internal static class EventLabels
{
    /// <summary>Class 0: the token is not part of an event trigger.</summary>
    public const int None = 0;

    private static readonly EventType[] Types = Enum.GetValues<EventType>();

    /// <summary>The class names, as the model files and the card list them.</summary>
    public static readonly string[] ClassNames = [nameof(None), .. Enum.GetNames<EventType>()];

    /// <summary>The class of an event type.</summary>
    public static int Of(EventType type) => 1 + (int)type;

    /// <summary>The event type of a class other than <see cref="None"/>.</summary>
    public static EventType TypeOf(int label) => Types[label - 1];
}
