using System.Security.Cryptography;
using Attache.Documents;
using Attache.Evaluation;
using Attache.Formats;
using Attache.Knowledge;
using Attache.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Attache.Training;

/// <summary>
/// Trains the entity tagger and the event classifier on the <c>train</c> split, picks the best ML.NET
/// trainer of each on <c>dev</c>, tunes the rules+model combination on <c>dev</c>, and writes the
/// models with their model card. Single-threaded trainers, a fixed seed and ordered data make the
/// same data give the same bytes. The <c>test</c> split is never read.
/// </summary>
internal sealed class ModelTrainer(TextWriter progress)
{
    private static readonly float[] EntityThresholds = [0.3f, 0.5f, 0.7f];
    private static readonly float[] EventThresholds = [0.4f, 0.6f, 0.8f];
    private static readonly EntityPolicy[] EntityPolicies = [EntityPolicy.RulesFirst, EntityPolicy.ModelFirst, EntityPolicy.ModelWins];
    private static readonly EventPolicy[] EventPolicies = [EventPolicy.Union, EventPolicy.Filter];

    /// <summary>Dev F1 differences smaller than this are ties in tuning (see <see cref="FirstNearBest"/>).</summary>
    private const double TuningTieMargin = 0.002;

    /// <summary>Reads, validates and trains on a brat corpus folder.</summary>
    public ModelCard Train(string dataDirectory, string outputDirectory, int seed, double devFraction)
    {
        var errors = new List<FormatError>();
        var corpus = Corpus.Read(dataDirectory, errors);
        foreach (var document in corpus)
        {
            CorpusValidator.Validate(document, Path.ChangeExtension(document.TextPath, ".ann"), errors);
        }

        if (errors.Count > 0)
        {
            throw new TrainingDataException(errors);
        }

        return Train(corpus, dataDirectory, outputDirectory, seed, devFraction);
    }

    /// <summary>
    /// Trains on documents already read (brat, or converted from CoNLL). <paramref name="afterWriteStep"/>,
    /// for tests, is called after each step of writing the folder (see <see cref="ModelFolderWriter"/>).
    /// </summary>
    public ModelCard Train(List<CorpusDocument> corpus, string dataDirectory, string outputDirectory, int seed, double devFraction, Action<string>? afterWriteStep = null)
    {
        // The output folder is checked, and its temporary sibling created, before minutes of training.
        using var output = ModelFolderWriter.Open(outputDirectory, afterWriteStep);
        var train = corpus.Where(d => d.Split == "train").ToList();
        var dev = corpus.Where(d => d.Split == "dev").ToList();
        if (dev.Count == 0)
        {
            // No split manifest: hold out a fixed share of the documents, chosen by id order.
            var held = Math.Max(1, (int)Math.Round(train.Count * devFraction));
            dev = train.Where((_, i) => i % Math.Max(2, train.Count / held) == 1).Take(held).ToList();
            train = train.Except(dev).ToList();
        }

        if (train.Count == 0)
        {
            throw new TrainingDataException([new FormatError(dataDirectory, 0, "no training documents")]);
        }

        var knowledge = KnowledgeBase.Default;
        progress.WriteLine($"[1/5] featurizing {train.Count} train and {dev.Count} dev documents");
        var trainSet = train.Select(d => TrainingFeaturizer.Featurize(d, knowledge)).ToList();
        var devSet = dev.Select(d => TrainingFeaturizer.Featurize(d, knowledge)).ToList();

        // The two models and their candidate trainers all train side by side (each candidate on one
        // thread with its own context, so the bytes do not depend on the schedule); their reports
        // are printed in order once both are done.
        var eventClasses = EventLabels.ClassNames;
        var taggerLog = new StringWriter();
        var eventsLog = new StringWriter();
        progress.WriteLine($"      training the entity tagger and the event classifier, {CandidateTrainers().Count()} candidate trainers each");
        TrainedClassifier tagger;
        TrainedClassifier events;
        using (var heartbeat = new TrainingHeartbeat(progress, TrainingHeartbeat.Interval))
        {
            var taggerTask = Task.Run(() => TrainBest(seed, BioTags.Names, trainSet.SelectMany(d => d.EntitySentences), candidate => EntityDevScore(candidate, devSet), taggerLog, heartbeat, "entity tagger"));
            var eventsTask = Task.Run(() => TrainBest(seed, eventClasses, trainSet.SelectMany(d => d.EventSentences), candidate => EventDevScore(candidate, devSet), eventsLog, heartbeat, "event classifier"));
            tagger = taggerTask.GetAwaiter().GetResult();
            events = eventsTask.GetAwaiter().GetResult();
        }

        progress.WriteLine($"[2/5] trained the entity tagger on {trainSet.Sum(d => d.EntitySentences.Sum(s => s.Length))} tokens");
        progress.Write(taggerLog.ToString());
        progress.WriteLine("[3/5] trained the event classifier");
        progress.Write(eventsLog.ToString());

        progress.WriteLine("[4/5] tuning the rules+model combination on dev");
        var taggerModel = new LinearModel(BioTags.Names, tagger.Biases, Dense(tagger.Weights, BioTags.Names.Length));
        var eventModel = new LinearModel(eventClasses, events.Biases, Dense(events.Weights, eventClasses.Length));
        var (combination, scores) = Tune(taggerModel, eventModel, dev, dataDirectory);

        progress.WriteLine($"[5/5] writing models to {outputDirectory}");
        var ml = new MLContext(seed);
        var files = new Dictionary<string, byte[]>
        {
            [ModelFiles.EntityTagger] = Save(ml, tagger),
            [ModelFiles.EntityTaggerWeights] = Weights(BioTags.Names, tagger),
            [ModelFiles.EventClassifier] = Save(ml, events),
            [ModelFiles.EventClassifierWeights] = Weights(eventClasses, events),
        };

        var card = new ModelCard
        {
            Seed = seed,
            DataHash = TrainingHashes.Data(dataDirectory),
            KnowledgeHash = TrainingHashes.Knowledge(),
            FeatureHash = TrainingHashes.Features(knowledge),
            Candidates = CandidateTrainers().Select(c => c.Name).ToList(),
            Documents = new Dictionary<string, int> { ["train"] = train.Count, ["dev"] = dev.Count },
            Tokens = new Dictionary<string, int>
            {
                ["train"] = trainSet.Sum(d => d.EntitySentences.Sum(s => s.Length)),
                ["dev"] = devSet.Sum(d => d.EntitySentences.Sum(s => s.Length)),
            },
            EntityTagger = new ModelCard.ModelEntry(tagger.Trainer, ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights, BioTags.Names, EntityFeatureSet, tagger.CandidateScores),
            EventClassifier = new ModelCard.ModelEntry(events.Trainer, ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights, eventClasses, EventFeatureSet, events.CandidateScores),
            Combination = combination,
            DevScores = scores,
            Files = files.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(f.Value))),
        };

        // The card goes last: a folder with a card that matches its files is complete.
        foreach (var (name, bytes) in files)
        {
            output.Write(name, bytes);
        }

        output.Write(ModelFiles.Card, System.Text.Encoding.UTF8.GetBytes(card.ToJson()));
        output.Commit();
        return card;
    }

    private const string EntityFeatureSet = "word, lowercase, shape, prefixes/suffixes 1-3, words +-2, shapes +-1, bigrams, sentence start, lexicon and knowledge-base hits (BIO, fuzzy) at 0 and +-1, title before / title after comma, position in a run of name words, Korean/Chinese family name at 0 and -1, knowledge-base family name, name word, byte-pair pieces of name words, capital in a Title Case headline; hashed to 2^18";
    private const string EventFeatureSet = "word, stem, suffix 3, stems +-2, bigram, trigger-lexicon hits (type, strong/weak) and their conjunction with sentence cues, event-type context words in the sentence, name kinds in the sentence, negation and modal cues, capitalisation, the word ending a strong trigger elsewhere in the document; hashed to 2^18";

    private static TrainedClassifier TrainBest(
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

    /// <summary>The trainers compared on dev, each named with every setting that shapes its weights.</summary>
    public static IEnumerable<TrainerCandidate> CandidateTrainers() =>
    [
        Lbfgs(l1: 0.05f, l2: 0.2f),
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SdcaMaximumEntropy(L2={SdcaL2},iterations={SdcaIterations},shuffle=true)"), ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1, MaximumNumberOfIterations = SdcaIterations, Shuffle = true, L2Regularization = SdcaL2,
        })),
    ];

    private const float SdcaL2 = 1e-4f;
    private const int SdcaIterations = 30;
    private const int LbfgsIterations = 120;
    private const int LbfgsHistory = 8;
    private const float LbfgsTolerance = 1e-5f;

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

    private static float[] Dense(float[][] byClass, int classes)
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

    private static double EntityDevScore(LinearModel model, List<FeaturizedDocument> dev)
    {
        int correct = 0, predicted = 0, gold = 0;
        var tags = model.Classes.Count;
        foreach (var document in dev)
        {
            for (var s = 0; s < document.EntitySentences.Count; s++)
            {
                var sentence = document.EntitySentences[s];
                var scores = model.ScoreAll(sentence.Select(t => t.Features).ToArray());
                var spans = TrainingFeaturizer.Spans(Viterbi.Decode(scores, sentence.Length, tags));
                correct += spans.Count(document.GoldSpans[s].Contains);
                predicted += spans.Count;
                gold += document.GoldSpans[s].Count;
            }
        }

        return F1(correct, predicted, gold);
    }

    private static double EventDevScore(LinearModel model, List<FeaturizedDocument> dev)
    {
        int correct = 0, predicted = 0, gold = 0;
        var classes = model.Classes.Count;
        Span<float> probabilities = stackalloc float[classes];
        foreach (var example in dev.SelectMany(d => d.EventSentences).SelectMany(s => s))
        {
            model.Predict(example.Features, probabilities);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                best = probabilities[c] > probabilities[best] ? c : best;
            }

            predicted += best > 0 ? 1 : 0;
            gold += example.Label > 0 ? 1 : 0;
            correct += best > 0 && best == example.Label ? 1 : 0;
        }

        return F1(correct, predicted, gold);
    }

    private static double F1(int correct, int predicted, int gold) => correct == 0 ? 0 : 2.0 * correct / (predicted + gold);

    private (CombinationSettings, Dictionary<string, Dictionary<string, double>>) Tune(LinearModel tagger, LinearModel events, List<CorpusDocument> dev, string dataDirectory)
    {
        var models = new ModelSet(tagger, events, CombinationSettings.RulesOnly);
        var dates = CorpusDates.Read(dataDirectory);
        EvaluationReport Score(CombinationSettings settings)
        {
            var extractor = new ExtractorBuilder().WithModels(models).WithCombination(settings).Build();
            return Scorer.Score(dev.Select(d => (
                EvalDocument.From(d.Id, d.Text, d.Annotations),
                EvalDocument.From(d.Id, d.Text, BratConverter.FromDocument(extractor.Extract(d.Text, new ExtractOptions { Id = d.Id, Published = dates.TryGetValue(d.Id, out var date) ? date : null }))))));
        }

        var entityCandidates = new List<(CombinationSettings Settings, double F1)>();
        foreach (var policy in EntityPolicies)
        {
            foreach (var threshold in EntityThresholds)
            {
                var settings = new CombinationSettings(policy, threshold, EventPolicy.RulesOnly, 1);
                var f1 = Score(settings).Entities["strict"].GetValueOrDefault("ALL", Counts.Zero).F1;
                progress.WriteLine($"      entities {policy} >= {threshold}: dev strict F1 {f1:0.0000}");
                entityCandidates.Add((settings, f1));
            }
        }

        var bestEntity = FirstNearBest(entityCandidates);
        var eventCandidates = new List<(CombinationSettings Settings, double F1)> { (bestEntity, Score(bestEntity).Events.GetValueOrDefault("classification", Counts.Zero).F1) };
        foreach (var policy in EventPolicies)
        {
            foreach (var threshold in EventThresholds)
            {
                var settings = bestEntity with { EventPolicy = policy, EventThreshold = threshold };
                var f1 = Score(settings).Events.GetValueOrDefault("classification", Counts.Zero).F1;
                progress.WriteLine($"      events {policy} >= {threshold}: dev classification F1 {f1:0.0000}");
                eventCandidates.Add((settings, f1));
            }
        }

        var best = FirstNearBest(eventCandidates);
        var scores = new Dictionary<string, Dictionary<string, double>>
        {
            ["rules"] = Summary(Score(CombinationSettings.RulesOnly)),
            ["model"] = Summary(Score(best.ToModelOnly())),
            ["combined"] = Summary(Score(best)),
        };
        return (best, scores);
    }

    /// <summary>
    /// The first setting, in grid order, whose dev F1 is within <see cref="TuningTieMargin"/> of the best:
    /// weights differ in their last bits between machines, and a near-tie must not flip the policy.
    /// </summary>
    private static CombinationSettings FirstNearBest(List<(CombinationSettings Settings, double F1)> candidates)
    {
        var best = candidates.Max(c => c.F1);
        return candidates.First(c => c.F1 >= best - TuningTieMargin).Settings;
    }

    private static Dictionary<string, double> Summary(EvaluationReport report)
    {
        var summary = report.Entities["strict"].ToDictionary(kv => "strict F1 " + kv.Key, kv => Math.Round(kv.Value.F1, 4));
        foreach (var (type, counts) in report.Entities["type"])
        {
            summary["overlap F1 " + type] = Math.Round(counts.F1, 4);
        }

        summary["event classification F1"] = Math.Round(report.Events.GetValueOrDefault("classification", Counts.Zero).F1, 4);
        return summary;
    }

    private static byte[] Save(MLContext ml, TrainedClassifier classifier)
    {
        using var stream = new MemoryStream();
        ml.Model.Save(classifier.Model, classifier.Schema, stream);
        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static byte[] Weights(IReadOnlyList<string> classes, TrainedClassifier classifier)
    {
        using var stream = new MemoryStream();
        LinearModel.Write(stream, classes, classifier.Biases, classifier.Weights);
        return stream.ToArray();
    }
}
