using Attache.Cli;
using Attache.Tests.Formats;

namespace Attache.Tests.Cli;

/// <summary><c>extract --format html</c>: one page on standard output, or one page per input and an index with <c>--out</c>.</summary>
public class ExtractHtmlTests
{
    private static readonly string Seed = Path.Combine(RepoPaths.Seeds, "001_02aa92d358672171.txt");

    [Fact]
    public void One_input_is_one_page_without_a_table_of_contents()
    {
        var (code, output, error) = CliRunner.Run(null, "extract", Seed, "--format", "html");

        Assert.True(code == 0, error);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        var page = new HtmlPage(output);
        Assert.Equal(File.ReadAllText(Seed), Assert.Single(page.Texts).Value);
        Assert.Empty(page.Root.Descendants("nav"));
        Assert.Equal("001_02aa92d358672171", page.Root.Descendants("title").Single().Value);
        Assert.NotEmpty(page.WithClass("span", "m-official"));
        Assert.NotEmpty(page.WithClass("span", "ev"));
    }

    [Fact]
    public void Several_inputs_are_one_page_with_a_table_of_contents_and_a_bad_input_is_reported()
    {
        using var work = new TempFolder();
        var empty = work.File("empty.txt", string.Empty);
        var (code, output, error) = CliRunner.Run(null, "extract", RepoPaths.Seeds, empty, "--format", "html");

        Assert.Equal(1, code);
        Assert.Contains($"{empty}: the text is empty", error, StringComparison.Ordinal);
        var page = new HtmlPage(output);
        Assert.Equal(RepoPaths.SeedFiles.Select(File.ReadAllText), page.Texts.Select(t => t.Value));
        var links = Assert.Single(page.Root.Descendants("nav")).Descendants("a").Select(a => a.Value);
        Assert.Equal(RepoPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension), links);
    }

    [Fact]
    public void Out_writes_one_page_per_input_and_an_index_that_links_them()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "out");
        var (code, stdout, error) = CliRunner.Run(null, "extract", RepoPaths.Seeds, "--format", "html", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, stdout);
        var stems = RepoPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(
            stems.Select(s => s + ".html").Append("index.html").Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var seed in RepoPaths.SeedFiles)
        {
            var page = new HtmlPage(File.ReadAllText(Path.Combine(output, Path.GetFileNameWithoutExtension(seed) + ".html")));
            Assert.Equal(File.ReadAllText(seed), Assert.Single(page.Texts).Value);
        }

        var index = new HtmlPage(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(stems.Select(s => s + ".html"), index.Root.Descendants("a").Select(a => (string?)a.Attribute("href")));
    }

    [Fact]
    public void Hostile_and_repeated_ids_stay_inside_the_folder_and_a_document_called_index_does_not_replace_the_index()
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", """
            {"id":"index","text":"Kim Jong Un met Xi Jinping in Beijing."}
            {"id":"../../pwned","text":"Vladimir Putin visited Pyongyang."}
            {"id":"same","text":"Moon Jae-in met Kim Jong Un."}
            {"id":"same","text":"Shinzo Abe visited Seoul."}
            {"id":"a b#?%","text":"Shinzo Abe visited Seoul."}

            """);
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "html", "--out", output);

        Assert.True(code == 0, error);
        var written = Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories).Where(f => f != input).ToList();
        Assert.All(written, f => Assert.Equal(Path.GetFullPath(output), Path.GetDirectoryName(f)));
        Assert.Equal(
            new[] { "_.._pwned.html", "a b#?%.html", "index-2.html", "index.html", "same-2.html", "same.html" }.Order(StringComparer.Ordinal),
            written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var index = new HtmlPage(File.ReadAllText(Path.Combine(output, "index.html")));
        var hrefs = index.Root.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Equal(["index-2.html", "_.._pwned.html", "same.html", "same-2.html", "a%20b%23%3F%25.html"], hrefs);
        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(output, Uri.UnescapeDataString(h))), h));
        Assert.Equal("Kim Jong Un met Xi Jinping in Beijing.", new HtmlPage(File.ReadAllText(Path.Combine(output, "index-2.html"))).Texts[0].Value);
        Assert.Empty(Directory.GetFiles(output, "*" + AtomicFile.TemporarySuffix));
    }
}
