using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

public class PhraseSplitTests
{
    [Fact]
    public void Plain_word_phrases_split_as_the_tokenizer_splits_them()
    {
        var shipped = KnowledgeRecords.Parse();
        var phrases = shipped.Phrases().Where(PhraseMatcher.IsPlainWords).ToList();

        Assert.True(phrases.Count > 5_000, $"only {phrases.Count} plain phrases");
        Assert.All(phrases, p => Assert.Equal(PhraseMatcher.SplitByTokenizer(p), PhraseMatcher.Split(p)));
        Assert.False(PhraseMatcher.IsPlainWords("U.S. envoy"));
        Assert.False(PhraseMatcher.IsPlainWords("Choe Ryong-hae"));
    }
}
