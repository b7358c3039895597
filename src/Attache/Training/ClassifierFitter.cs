using Attache.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Attache.Training;

/// <summary>
/// Fits every candidate ML.NET trainer on the token examples and keeps the one with the best dev score.
/// Single-threaded trainers, a fixed seed and ordered data make the same data give the same weights.
/// </summary>
internal static class ClassifierFitter
{
    private const float SdcaL2 = 1e-4f;
    private const int SdcaIterations = 30;
    private const int LbfgsIterations = 120;
    private const int LbfgsHistory = 8;
    private const float LbfgsTolerance = 1e-5f;

    /// <summary>The trainers compared on dev, each named with every setting that shapes its weights.</summary>
    public static IEnumerable<TrainerCandidate> CandidateTrainers() =>
    [
        Lbfgs(l1: 0.05f, l2: 0.2f),
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SdcaMaximumEntropy(L2={SdcaL2},iterations={SdcaIterations},shuffle=true)"), ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1, MaximumNumberOfIterations = SdcaIterations, Shuffle = true, L2Regularization = SdcaL2,
        })),
    ];

    /// <summary>
    /// Fits each candidate and returns the best on dev (the first of equals); each candidate's line goes to
    /// <paramref name="log"/>, and <paramref name="heartbeat"/> hears when each starts and finishes as <paramref name="model"/>.
    /// </summary>
    public static TrainedClassifier FitBest(
        int seed, IReadOnlyList<string> classes, IEnumerable<TokenExample[]> sentences, Func<LinearModel, double> devScore, TextWriter log, TrainingHeartbeat heartbeat, string model)
    {
        var examples = sentences.SelectMany(s => s).ToList();
        var candidates = CandidateTrainers().ToList();
        var candidateScores = new Dictionary<string, double>(StringComparer.Ordinal);

        // Each candidate trains on one thread with its own context, so they run side by side and the
        // result does not depend on which finishes first.
        var trained = new (TrainedClassifier Result, TimeSpan Took)[candidates.Count];
        Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var candidate = candidates[k];
            var running = $"{model} {candidate.Name.Split('(')[0]}";
            heartbeat.Started(running);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var ml = new MLContext(seed);
            var data = Load(ml, examples, classes.Count);
            var fitted = candidate.Create(ml).Fit(data);
            var parameters = FindParameters(fitted);
            VBuffer<float>[] weights = [];
            parameters.GetWeights(ref weights, out var count);
            var biases = parameters.GetBiases().ToArray();
            var byClass = weights.Select(w => w.DenseValues().ToArray()).ToArray();
            var score = devScore(new LinearModel(classes, biases, Dense(byClass, count)));
            trained[k] = (new TrainedClassifier(candidate.Name, fitted, data.Schema, biases, byClass, score, candidateScores), watch.Elapsed);
            heartbeat.Finished(running);
        });

        TrainedClassifier? best = null;
        foreach (var (result, took) in trained)
        {
            candidateScores[result.Trainer] = Math.Round(result.DevScore, 4);
            log.WriteLine($"      {result.Trainer}: dev F1 {result.DevScore:0.0000} ({took.TotalSeconds:0.0} s)");
            if (best is null || result.DevScore > best.DevScore)
            {
                best = result;
            }
        }

        return best!;
    }

    /// <summary>Per-class weight rows as the feature-major table <see cref="LinearModel"/> scores with.</summary>
    public static float[] Dense(float[][] byClass, int classes)
    {
        var dense = new float[FeatureHasher.Dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var w = byClass[c];
            for (var f = 0; f < w.Length; f++)
            {
                dense[(f * classes) + c] = w[f];
            }
        }

        return dense;
    }

    // Each L-BFGS iteration walks the whole 2^18 x classes weight vector, so iterations and history, not data size, set the cost.
    private static TrainerCandidate Lbfgs(float l1, float l2) => new(
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"LbfgsMaximumEntropy(L1={l1},L2={l2},iterations={LbfgsIterations},history={LbfgsHistory},tolerance={LbfgsTolerance})"),
        ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = l1, L2Regularization = l2, NumberOfThreads = 1, MaximumNumberOfIterations = LbfgsIterations, HistorySize = LbfgsHistory, OptimizationTolerance = LbfgsTolerance,
        }));

    private static MaximumEntropyModelParameters FindParameters(ITransformer model) => model switch
    {
        MulticlassPredictionTransformer<MaximumEntropyModelParameters> t => t.Model,
        _ => throw new InvalidOperationException($"unexpected model type {model.GetType().Name}"),
    };

    private static IDataView Load(MLContext ml, List<TokenExample> examples, int classes)
    {
        var schema = SchemaDefinition.Create(typeof(SparseRow));
        schema[nameof(SparseRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureHasher.Dimension);
        schema[nameof(SparseRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        var rows = examples.Select(e => new SparseRow
        {
            Features = Counted(e.Features),
            Label = (uint)e.Label,
        });
        return ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, schema));
    }

    /// <summary>A token's features as a sparse vector: sorted distinct indexes, each valued by how often it occurs (scoring counts repeats too).</summary>
    private static VBuffer<float> Counted(int[] features)
    {
        var sorted = (int[])features.Clone();
        Array.Sort(sorted);
        var indexes = new List<int>(sorted.Length);
        var values = new List<float>(sorted.Length);
        foreach (var f in sorted)
        {
            if (indexes.Count > 0 && indexes[^1] == f)
            {
                values[^1]++;
            }
            else
            {
                indexes.Add(f);
                values.Add(1);
            }
        }

        return new VBuffer<float>(FeatureHasher.Dimension, indexes.Count, [.. values], [.. indexes]);
    }
}
