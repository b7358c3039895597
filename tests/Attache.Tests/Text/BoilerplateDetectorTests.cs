namespace Attache.Tests.Text;

public class BoilerplateDetectorTests
{
    private static string[] Boilerplate(string text)
    {
        var document = new ExtractorBuilder().Build().Extract(text);
        return document.Boilerplate.Select(b => text[b.Start..b.End]).ToArray();
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Latest Headlines")]
    [InlineData("Subscribe to CDT")]
    [InlineData("Sign up for our newsletters")]
    [InlineData("1. Skip to content")]
    [InlineData("Get the CNA app")]
    [InlineData("Google Ads 2")]
    [InlineData("https://p.dw.com/p/18bp6")]
    [InlineData("Image: AFP/Getty Images")]
    [InlineData("CDT is a non-profit media site, and we need your support.")]
    public void Whole_boilerplate_lines_are_marked(string line)
    {
        Assert.Equal([line], Boilerplate($"Kim met Xi.\n\n{line}\n\nThey talked."));
    }

    [Fact]
    public void Photo_credits_inside_a_caption_are_marked_and_the_caption_is_kept()
    {
        const string text = "The flag flutters in Dandong, China. (Photo: Reuters/Tingshu Wang)\nTalks began.";
        var document = new ExtractorBuilder().Build().Extract(text);
        Assert.Equal(["(Photo: Reuters/Tingshu Wang)"], document.Boilerplate.Select(b => text[b.Start..b.End]));
        Assert.Equal(["The flag flutters in Dandong, China.", "Talks began."], document.Sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Credit_lines_of_the_seed_articles_are_marked()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6a73d2d4c6874491.txt"));
        var found = Boilerplate(text);
        Assert.Contains("File Photo by Stephen Shaver", found);
        Assert.Contains("File Photo by Stephen Shaver | License Photo", found);
        Assert.Equal(3, found.Count(f => f == "Advertisement"));
        Assert.Contains("Latest Headlines", found);
    }

    [Theory]
    [InlineData("North Korea fired two ballistic missiles on Sunday.")]
    [InlineData("Subscribers to the theory say the talks failed.")]
    [InlineData("Kim Jong Un signed up to the plan, KCNA said.")]
    public void Article_prose_is_not_boilerplate(string line)
    {
        Assert.Empty(Boilerplate(line));
    }

    [Fact]
    public void Nothing_in_boilerplate_becomes_a_sentence()
    {
        var document = new ExtractorBuilder().Build().Extract("Advertisement\nKim met Xi.\nLatest Headlines");
        Assert.Equal(["Kim met Xi."], document.Sentences.Select(s => document.Text[s.Start..s.End]));
    }
}
