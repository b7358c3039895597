using Attache.Text;

namespace Attache.Tests.Text;

public class TextPoolTests
{
    [Fact]
    public void Repeated_short_slices_are_one_string_and_long_ones_are_copies()
    {
        var pool = new TextPool();
        var text = "Kim met Xi. Kim met Xi. " + new string('a', 40) + " " + new string('a', 40);
        var first = pool.Slice(text, 0, 3);
        var again = pool.Slice(text, 12, 15);
        Assert.Equal("Kim", again);
        Assert.Same(first, again);
        var longFirst = pool.Slice(text, 24, 64);
        var longAgain = pool.Slice(text, 65, 105);
        Assert.Equal(longFirst, longAgain);
        Assert.NotSame(longFirst, longAgain);
    }

    [Fact]
    public void Lower_case_forms_are_shared_and_equal_to_ToLowerInvariant()
    {
        var pool = new TextPool();
        var a = pool.Lower("Beijing");
        Assert.Equal("beijing", a);
        Assert.Same(a, pool.Lower(new string("Beijing".AsSpan())));
    }

    [Fact]
    public void A_dense_document_shares_its_token_and_mention_strings()
    {
        var document = Extractor.CreateDefault().Extract(string.Concat(Enumerable.Repeat("Kim Jong Un met Xi Jinping in Beijing. ", 50)));
        Assert.Single(document.Tokens.Where(t => t.Text == "Beijing").Select(t => (object)t.Text).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(document.Mentions.Where(m => m.Text == "Beijing").Select(m => (object)m.Text).Distinct(ReferenceEqualityComparer.Instance));
    }
}
