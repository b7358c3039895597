namespace Attache.Models;

/// <summary>The trained models the pipeline runs, with the combination settings tuned with them.</summary>
internal sealed record ModelSet(LinearModel EntityTagger, LinearModel EventClassifier, CombinationSettings Combination);
