using Microsoft.ML;

namespace Attache.Training;

/// <summary>A trained token classifier: the ML.NET model, its input schema, and the weights extracted from it.</summary>
internal sealed record TrainedClassifier(string Trainer, ITransformer Model, DataViewSchema Schema, float[] Biases, float[][] Weights, double DevScore, IReadOnlyDictionary<string, double> CandidateScores);
