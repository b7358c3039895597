using Attache.Formats;

namespace Attache.Training;

/// <summary>Splits a corpus into the documents to train on and those to pick and tune on (dev); the <c>test</c> split is never taken.</summary>
internal static class DataSplitter
{
    /// <summary>
    /// The corpus's own <c>train</c> and <c>dev</c> splits; without a split manifest (no dev document),
    /// a fixed share of the train documents chosen by id order is held out as dev.
    /// </summary>
    /// <exception cref="TrainingDataException">No document is left to train on.</exception>
    public static (List<CorpusDocument> Train, List<CorpusDocument> Dev) Split(List<CorpusDocument> corpus, double devFraction, string dataDirectory)
    {
        var train = corpus.Where(d => d.Split == "train").ToList();
        var dev = corpus.Where(d => d.Split == "dev").ToList();
        if (dev.Count == 0)
        {
            var held = Math.Max(1, (int)Math.Round(train.Count * devFraction));
            dev = train.Where((_, i) => i % Math.Max(2, train.Count / held) == 1).Take(held).ToList();
            train = train.Except(dev).ToList();
        }

        if (train.Count == 0)
        {
            throw new TrainingDataException([new FormatError(dataDirectory, 0, "no training documents")]);
        }

        return (train, dev);
    }
}
