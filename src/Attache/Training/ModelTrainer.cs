using Attache.Formats;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;

namespace Attache.Training;

/// <summary>
/// Trains the entity tagger and the event classifier on the <c>train</c> split, picks the best ML.NET
/// trainer of each on <c>dev</c>, tunes the rules+model combination on <c>dev</c>, and writes the
/// models with their model card; each job is a class of its own (<see cref="DataSplitter"/>,
/// <see cref="ClassifierFitter"/>, <see cref="DevScorer"/>, <see cref="CombinationTuner"/>,
/// <see cref="ModelCardWriter"/>) and this one runs them in order. Single-threaded trainers, a fixed
/// seed and ordered data make the same data give the same bytes. The <c>test</c> split is never read.
/// </summary>
internal sealed class ModelTrainer(TextWriter progress, LanguageProfile language)
{
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
        var (train, dev) = DataSplitter.Split(corpus, devFraction, dataDirectory);

        var knowledge = KnowledgeBase.Default;
        progress.WriteLine($"[1/5] featurizing {train.Count} train and {dev.Count} dev documents");
        var trainSet = train.Select(d => TrainingFeaturizer.Featurize(d, knowledge, language)).ToList();
        var devSet = dev.Select(d => TrainingFeaturizer.Featurize(d, knowledge, language)).ToList();

        // The two models and their candidate trainers all train side by side (each candidate on one
        // thread with its own context, so the bytes do not depend on the schedule); their reports
        // are printed in order once both are done.
        var eventClasses = EventLabels.ClassNames;
        var taggerLog = new StringWriter();
        var eventsLog = new StringWriter();
        progress.WriteLine($"      training the entity tagger and the event classifier, {ClassifierFitter.CandidateTrainers().Count()} candidate trainers each");
        TrainedClassifier tagger;
        TrainedClassifier events;
        using (var heartbeat = new TrainingHeartbeat(progress, TrainingHeartbeat.Interval))
        {
            var taggerTask = Task.Run(() => ClassifierFitter.FitBest(seed, BioTags.Names, trainSet.SelectMany(d => d.EntitySentences), candidate => DevScorer.EntityF1(candidate, devSet), taggerLog, heartbeat, "entity tagger"));
            var eventsTask = Task.Run(() => ClassifierFitter.FitBest(seed, eventClasses, trainSet.SelectMany(d => d.EventSentences), candidate => DevScorer.EventF1(candidate, devSet), eventsLog, heartbeat, "event classifier"));
            tagger = taggerTask.GetAwaiter().GetResult();
            events = eventsTask.GetAwaiter().GetResult();
        }

        progress.WriteLine($"[2/5] trained the entity tagger on {ModelCardWriter.Tokens(trainSet)} tokens");
        progress.Write(taggerLog.ToString());
        progress.WriteLine("[3/5] trained the event classifier");
        progress.Write(eventsLog.ToString());

        progress.WriteLine("[4/5] tuning the rules+model combination on dev");
        var taggerModel = new LinearModel(BioTags.Names, tagger.Biases, ClassifierFitter.Dense(tagger.Weights, BioTags.Names.Length));
        var eventModel = new LinearModel(eventClasses, events.Biases, ClassifierFitter.Dense(events.Weights, eventClasses.Length));
        var (combination, scores) = new CombinationTuner(progress, language).Tune(taggerModel, eventModel, dev, dataDirectory);

        progress.WriteLine($"[5/5] writing models to {outputDirectory}");
        var card = ModelCardWriter.Write(output, new ModelCardWriter.Run(seed, dataDirectory, knowledge, language, trainSet, devSet, tagger, events, combination, scores));
        output.Commit();
        return card;
    }
}
