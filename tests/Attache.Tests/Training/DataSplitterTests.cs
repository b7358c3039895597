using Attache.Formats;
using Attache.Training;

namespace Attache.Tests.Training;

public class DataSplitterTests
{
    private static CorpusDocument Doc(int n, string split) => new($"d{n}", $"d{n}.txt", "Text.", BratDocument.Empty, split);

    [Fact]
    public void The_corpus_splits_are_used_as_they_are_and_test_is_never_taken()
    {
        var (train, dev) = DataSplitter.Split([Doc(1, "train"), Doc(2, "dev"), Doc(3, "test"), Doc(4, "train")], 0.5, "data");

        Assert.Equal(["d1", "d4"], train.Select(d => d.Id));
        Assert.Equal(["d2"], dev.Select(d => d.Id));
    }

    [Fact]
    public void Without_dev_documents_a_fixed_share_of_train_is_held_out_by_id_order()
    {
        var corpus = Enumerable.Range(0, 10).Select(n => Doc(n, "train")).ToList();

        var (train, dev) = DataSplitter.Split(corpus, 0.2, "data");

        Assert.Equal(["d1", "d6"], dev.Select(d => d.Id));
        Assert.Equal(8, train.Count);
        Assert.Empty(train.Intersect(dev));
    }

    [Fact]
    public void No_training_document_is_an_error_naming_the_folder()
    {
        var error = Assert.Throws<TrainingDataException>(() => DataSplitter.Split([Doc(1, "test")], 0.2, "data"));

        Assert.Equal(new FormatError("data", 0, "no training documents"), Assert.Single(error.Errors));
    }
}
