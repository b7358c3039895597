using Attache.Linking;
using Attache.Text;

namespace Attache.Tests.Linking;

public class DateResolverTests
{
    private static string[] Dates(string text, DateOnly? published)
    {
        var spans = WordTokenizer.Tokenize(text);
        var tokens = spans.Select(s => new Attache.Documents.Token(s.Start, s.End, text[s.Start..s.End])).ToList();
        return DateResolver.Find(tokens, 0, tokens.Count, published, LanguageProfile.English).Select(d => d.Value).ToArray();
    }

    [Theory]
    [InlineData("spokesman Lu Kang said Jan. 9.", "2017-01-30", "2017-01-09")]
    [InlineData("Yonhap TV reported Monday.", "2017-01-30", "2017-01-30")]
    [InlineData("a soldier fired shots last September.", "2017-01-30", "2016-09")]
    [InlineData("the leaders vowed on Sunday (Oct 6) to enhance cooperation", "2024-10-06", "2024-10-06")]
    [InlineData("a third nuclear test in February", "2013-05-22", "2013-02")]
    [InlineData("launched a rocket on December 12, 2012.", null, "2012-12-12")]
    [InlineData("since Kim took over power in 2011.", null, "2011")]
    [InlineData("talks on Dec. 28", "2017-01-05", "2016-12-28")]
    public void Resolves_against_the_publication_date(string text, string? published, string expected)
    {
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(expected, Dates(text, date));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(Dates("Yonhap TV reported Monday that talks began Jan. 9.", null));
    }

    [Fact]
    public void May_the_modal_is_not_a_month()
    {
        Assert.Empty(Dates("Japan may be ready to talk.", new DateOnly(2013, 5, 22)));
    }
}
