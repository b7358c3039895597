namespace Attache.Models;

/// <summary>
/// How rule and model results are combined, chosen by <c>attache train</c> on the dev split and
/// stored in the model card.
/// </summary>
/// <param name="EntityPolicy">How model mentions meet rule mentions.</param>
/// <param name="EntityThreshold">Model mentions below this confidence are dropped.</param>
/// <param name="EventPolicy">How model triggers meet rule triggers.</param>
/// <param name="EventThreshold">Model triggers below this probability are dropped.</param>
internal sealed record CombinationSettings(EntityPolicy EntityPolicy, float EntityThreshold, EventPolicy EventPolicy, float EventThreshold)
{
    public static CombinationSettings RulesOnly { get; } = new(EntityPolicy.RulesOnly, 1, EventPolicy.RulesOnly, 1);

    /// <summary>The models alone at these thresholds: the one meaning of "model alone" for the trainer and the CLI.</summary>
    public CombinationSettings ToModelOnly() => this with { EntityPolicy = EntityPolicy.ModelOnly, EventPolicy = EventPolicy.ModelOnly };

    /// <summary>The problem with these settings, or null when the policies are known and the thresholds are probabilities.</summary>
    public string? Problem() =>
        !Enum.IsDefined(EntityPolicy) ? $"unknown entity policy '{EntityPolicy}'"
        : !Enum.IsDefined(EventPolicy) ? $"unknown event policy '{EventPolicy}'"
        : !IsProbability(EntityThreshold) ? $"entity threshold {EntityThreshold} is not between 0 and 1"
        : !IsProbability(EventThreshold) ? $"event threshold {EventThreshold} is not between 0 and 1"
        : null;

    private static bool IsProbability(float value) => value is >= 0 and <= 1;
}
