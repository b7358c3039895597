namespace Attache.Models;

/// <summary>
/// How rule and model results are combined, chosen by <c>attache train</c> on the dev split and
/// stored in the model card.
/// </summary>
/// <param name="EntityPolicy"><c>rules-first</c>: a model mention is added only where no rule or lexicon mention overlaps it;
/// <c>model-first</c>: a model mention replaces overlapping rule mentions of its type, except exact lexicon matches;
/// <c>model-wins</c>: it replaces overlapping rule mentions of any type, except exact lexicon matches;
/// <c>rules-only</c> / <c>model-only</c>: one source alone (for comparisons).</param>
/// <param name="EntityThreshold">Model mentions below this confidence are dropped.</param>
/// <param name="EventPolicy"><c>union</c>: model triggers are added where no rule trigger overlaps;
/// <c>filter</c>: as union, and rule triggers the model scores as no event are dropped;
/// <c>rules-only</c> / <c>model-only</c>.</param>
/// <param name="EventThreshold">Model triggers below this probability are dropped.</param>
internal sealed record CombinationSettings(string EntityPolicy, float EntityThreshold, string EventPolicy, float EventThreshold)
{
    public static CombinationSettings RulesOnly { get; } = new("rules-only", 1, "rules-only", 1);

    /// <summary>Every entity policy the merger implements; a model card naming another is rejected.</summary>
    public static IReadOnlyList<string> EntityPolicies { get; } = ["rules-first", "model-first", "model-wins", "rules-only", "model-only"];

    /// <summary>Every event policy the event classifier implements; a model card naming another is rejected.</summary>
    public static IReadOnlyList<string> EventPolicies { get; } = ["union", "filter", "rules-only", "model-only"];

    /// <summary>The problem with these settings, or null when the policies are known and the thresholds are probabilities.</summary>
    public string? Problem() =>
        !EntityPolicies.Contains(EntityPolicy) ? $"unknown entity policy '{EntityPolicy}' (known: {string.Join(", ", EntityPolicies)})"
        : !EventPolicies.Contains(EventPolicy) ? $"unknown event policy '{EventPolicy}' (known: {string.Join(", ", EventPolicies)})"
        : !IsProbability(EntityThreshold) ? $"entity threshold {EntityThreshold} is not between 0 and 1"
        : !IsProbability(EventThreshold) ? $"event threshold {EventThreshold} is not between 0 and 1"
        : null;

    private static bool IsProbability(float value) => value is >= 0 and <= 1;
}
