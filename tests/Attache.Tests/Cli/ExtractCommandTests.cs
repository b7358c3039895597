using System.Text;
using System.Text.Json;
using Attache.Formats;

namespace Attache.Tests.Cli;

public class ExtractCommandTests
{
    private static readonly string Seed = Path.Combine(RepoPaths.Seeds, "000_6a73d2d4c6874491.txt");

    [Fact]
    public void Json_output_of_several_inputs_is_one_array_a_parser_reads()
    {
        var (code, output, error) = CliRunner.Run(null, "extract", RepoPaths.Seeds);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(RepoPaths.SeedFiles.Count(), json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), d => Assert.True(d.TryGetProperty("mentions", out _)));
    }

    [Fact]
    public void Json_output_is_one_document_per_input_on_stdout()
    {
        var (code, output, error) = CliRunner.Run(null, "extract", Seed);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("000_6a73d2d4c6874491", json.RootElement.GetProperty("id").GetString());
        foreach (var property in new[] { "mentions", "entities", "relations", "events" })
        {
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty(property).ValueKind);
        }
    }

    [Fact]
    public void A_folder_gives_every_txt_file_in_name_order_as_jsonl()
    {
        var (code, output, _) = CliRunner.Run(null, "extract", RepoPaths.Seeds, "--format", "jsonl");
        Assert.Equal(0, code);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString())
            .ToArray();
        Assert.Equal(RepoPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension), ids);
    }

    [Fact]
    public void Standard_input_is_read_when_no_path_is_given()
    {
        var (code, output, _) = CliRunner.Run("Kim Jong Un met Xi Jinping in Beijing.", "extract", "--format", "conll");
        Assert.Equal(0, code);
        Assert.StartsWith("-DOCSTART- O\n\nKim ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brat_with_out_writes_one_ann_per_input_that_reads_back()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "out");
        var (code, output, _) = CliRunner.Run(null, "extract", RepoPaths.Seeds, "--format", "brat", "--out", outDir);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        foreach (var seed in RepoPaths.SeedFiles)
        {
            var ann = Path.Combine(outDir, Path.GetFileNameWithoutExtension(seed) + ".ann");
            Assert.True(File.Exists(ann), ann);
            var errors = new List<FormatError>();
            var read = BratReader.Parse(File.ReadAllText(ann), File.ReadAllText(seed), ann, errors);
            Assert.Empty(errors);
            Assert.Equal(File.ReadAllText(ann), BratWriter.Write(read));
            Assert.Equal(File.ReadAllText(seed), File.ReadAllText(Path.ChangeExtension(ann, ".txt")));
        }

        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public void Jsonl_input_streams_in_order_and_reports_a_bad_line_without_stopping()
    {
        const string input = "{\"id\":\"a\",\"text\":\"Kim met Xi.\",\"published\":\"2019-06-20\"}\nnot json\n{\"id\":\"b\",\"text\":\"Moon met Kim.\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Abe spoke.\",\"published\":\"20-1-1\"}\n";
        var (code, output, error) = CliRunner.Run(input, "extract", "--input", "jsonl", "--format", "jsonl", "--published", "2020-01-01");
        Assert.Equal(1, code);
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", "b"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("2019-06-20", docs[0].GetProperty("published").GetString());
        Assert.Equal("2020-01-01", docs[1].GetProperty("published").GetString());
        Assert.Contains("<stdin>:2: invalid JSON", error, StringComparison.Ordinal);
        Assert.Contains("<stdin>:4: missing string property \"text\"", error, StringComparison.Ordinal);
        Assert.Contains("<stdin>:5: \"published\" must be a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_give_exit_code_1_name_the_file_and_line_and_the_rest_is_processed()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", "Kim Jong Un met Xi Jinping.");
        var empty = folder.File("empty.txt", string.Empty);
        var binary = folder.File("binary.txt", [0x4B, 0x69, 0x6D, 0x0A, 0x00, 0x01, 0x02]);
        var invalid = folder.File("invalid.txt", [.. Encoding.UTF8.GetBytes("Kim\nJong\n"), 0xC3, 0x28, 0x41]);
        var missing = Path.Combine(folder.Path, "missing.txt");

        var (code, output, error) = CliRunner.Run(null, "extract", missing, empty, binary, invalid, good, "--format", "jsonl");

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"id\":\"good\"", output, StringComparison.Ordinal);
        Assert.Contains($"{missing}: no such file or folder", error, StringComparison.Ordinal);
        Assert.Contains($"{empty}: the text is empty", error, StringComparison.Ordinal);
        Assert.Contains($"{binary}:2: binary content", error, StringComparison.Ordinal);
        Assert.Contains($"{invalid}:3: invalid UTF-8 at byte 9", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_bom_and_windows_line_endings_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Kim met Xi.\r\nThey talked.\r\n")]);
        var (code, output, _) = CliRunner.Run(null, "extract", path, "--format", "conll");
        Assert.Equal(0, code);
        Assert.Contains(". O\n\nThey O\ntalked O\n. O\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "--format", "xml")]
    [InlineData("extract", "--input", "csv")]
    [InlineData("extract", "--published", "yesterday")]
    [InlineData("extract", "--threads", "0")]
    [InlineData("extract", "--no-such-flag")]
    [InlineData("no-such-verb")]
    public void Usage_errors_give_exit_code_2(params string[] args)
    {
        var (code, output, error) = CliRunner.Run("Kim met Xi.", args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void A_models_folder_without_models_is_bad_input()
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run("Kim met Xi.", "extract", "--models", folder.Path);
        Assert.Equal(1, code);
        Assert.Contains("model-card.json", error, StringComparison.Ordinal);
    }
}
