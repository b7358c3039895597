using Attache.Cli;

namespace Attache.Tests.Cli;

/// <summary>No verb writes outside its output folder, whatever the document ids say.</summary>
public class OutputPathTests
{
    private static readonly string[] HostileIds = ["../../pwned", "/some/abs", "..", "", ".hidden", "a/../../b", @"..\..\win", "C:evil", "CON", new string('x', 300)];

    [Theory]
    [InlineData("brat")]
    [InlineData("conll")]
    public void Convert_from_doccano_writes_every_hostile_id_inside_the_output_folder(string to)
    {
        using var work = new TempFolder();
        var lines = HostileIds.Select(id => $$"""{"id":{{System.Text.Json.JsonSerializer.Serialize(id)}},"text":"Kim Jong Un met Xi Jinping.","label":[]}""");
        var input = work.File("evil.jsonl", string.Join('\n', lines) + "\n");
        var output = Path.Combine(work.Path, "conv", "out");

        var (code, _, error) = CliRunner.Run(null, "convert", input, "--from", "doccano", "--to", to, "--out", output);

        Assert.True(code == 0, error);
        var written = Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories).Where(f => f != input).ToArray();
        Assert.All(written, f => Assert.Equal(Path.GetFullPath(output), Path.GetDirectoryName(Path.GetFullPath(f))));
        Assert.Equal(HostileIds.Length * (to == "brat" ? 2 : 1), written.Length);
        Assert.DoesNotContain(written, f => Path.GetFileName(f).StartsWith('.'));
        Assert.All(written, f => Assert.True(Path.GetFileNameWithoutExtension(f).Length <= OutputFolder.MaxStemLength));
    }

    [Fact]
    public void Extract_brat_writes_every_document_of_duplicate_ids_as_a_matching_pair()
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", """
            {"id":"same","text":"Kim Jong Un met Xi Jinping in Beijing."}
            {"id":"same","text":"Vladimir Putin visited Pyongyang."}
            {"id":"..","text":"Moon Jae-in met Kim Jong Un."}
            {"id":"","text":"Shinzo Abe visited Seoul."}

            """);
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "brat", "--out", output);

        Assert.True(code == 0, error);
        var texts = Directory.GetFiles(output, "*.txt").Select(File.ReadAllText).Order().ToArray();
        Assert.Equal(4, texts.Length);
        Assert.Equal(4, Directory.GetFiles(output, "*.ann").Length);
        Assert.Contains("Vladimir Putin visited Pyongyang.", texts);
        Assert.Contains("Kim Jong Un met Xi Jinping in Beijing.", texts);
    }

    [Fact]
    public void Extract_brat_replaces_a_stale_text_beside_a_new_annotation_and_removes_stale_temporary_files()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "a.txt"), "an older text of the article");
        var stale = Path.Combine(output, $"a.ann.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "left by a killed run");
        var input = work.File("a.txt", "Kim Jong Un met Xi Jinping in Beijing.");

        var (code, _, error) = CliRunner.Run(null, "extract", input, "--format", "brat", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal("Kim Jong Un met Xi Jinping in Beijing.", File.ReadAllText(Path.Combine(output, "a.txt")));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_bad_input_not_a_crash()
    {
        using var work = new TempFolder();
        var file = work.File("taken", "x");
        var input = work.File("a.txt", "Kim Jong Un met Xi Jinping in Beijing.");

        var (code, _, error) = CliRunner.Run(null, "extract", input, "--format", "brat", "--out", file);

        Assert.Equal(1, code);
        Assert.Contains("is a file", error);
    }

    [Theory]
    [InlineData("../../x", "_.._x")]
    [InlineData("..", "doc")]
    [InlineData("", "doc")]
    [InlineData(".hidden", "hidden")]
    [InlineData("a/b\\c:d", "a_b_c_d")]
    [InlineData("nul", "_nul")]
    public void Sanitize_keeps_names_inside_the_folder(string id, string expected) => Assert.Equal(expected, OutputFolder.Sanitize(id));

    [Fact]
    public void Long_ids_are_cut_and_stay_distinct()
    {
        var a = OutputFolder.Sanitize(new string('x', 300) + "a");
        var b = OutputFolder.Sanitize(new string('x', 300) + "b");
        Assert.Equal(OutputFolder.MaxStemLength, a.Length);
        Assert.NotEqual(a, b);
    }
}
