using Microsoft.ML;

namespace Attache.Training;

/// <summary>An ML.NET multiclass trainer configuration that <see cref="ClassifierFitter"/> compares on dev.</summary>
internal sealed record TrainerCandidate(string Name, Func<MLContext, IEstimator<ITransformer>> Create);
