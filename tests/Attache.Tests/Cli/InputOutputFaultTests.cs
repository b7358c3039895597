using System.Text;
using Attache.Cli;
using Attache.Cli.Commands;
using Attache.Formats;

namespace Attache.Tests.Cli;

/// <summary>
/// Issue #17's input and output cases: each bad input, output folder or standard output is reported
/// (with file and line where there is one) with exit code 1, usage errors exit 2 before anything runs,
/// and the good inputs beside a bad one are still processed.
/// </summary>
public class InputOutputFaultTests
{
    private const string Good = "Kim Jong Un met Xi Jinping in Beijing.";

    public static TheoryData<string, string> BadJsonLines => new()
    {
        { """{"id":"s","text":"bad \ud800 text"}""", "invalid string" },
        { """{"id":"\ud800","text":"Kim met Xi."}""", "invalid string" },
        { """{"id":"t","text":"Kim met""", "invalid JSON" },
        { """[1, 2]""", "expected a JSON object" },
        { """{"id":"e","text":""}""", "the text is empty" },
        { """{"id":"n","text":"Kim\u0000Xi"}""", "binary content" },
    };

    public static TheoryData<string> Formats => new() { "json", "jsonl", "brat", "conll", "html" };

    [Theory]
    [MemberData(nameof(BadJsonLines))]
    public void A_bad_jsonl_line_is_reported_with_file_and_line_and_the_stream_goes_on(string bad, string message)
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", $$"""
            {"id":"first","text":"{{Good}}"}
            {{bad}}
            {"id":"last","text":"Vladimir Putin visited Pyongyang."}

            """);

        var (code, output, error) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "jsonl");

        Assert.Equal(1, code);
        Assert.Contains($"{input}:2: {message}", error, StringComparison.Ordinal);
        Assert.Equal(["first", "last"], Ids(output));
    }

    [Fact]
    public void Empty_and_nul_texts_get_the_same_message_from_jsonl_as_from_txt()
    {
        using var work = new TempFolder();
        var empty = work.File("empty.txt", string.Empty);
        var nul = work.File("nul.txt", "Kim\0Xi");
        var jsonl = work.File("in.jsonl", "{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"n\",\"text\":\"Kim\\u0000Xi\"}\n");

        var text = CliRunner.Run(null, "extract", empty, nul).Error;
        var lines = CliRunner.Run(null, "extract", "--input", "jsonl", jsonl).Error;

        Assert.Contains($"{empty}: {ArticleTextRule.EmptyMessage}", text, StringComparison.Ordinal);
        Assert.Contains($"{nul}:1: {ArticleTextRule.BinaryMessage}", text, StringComparison.Ordinal);
        Assert.Contains($"{jsonl}:1: {ArticleTextRule.EmptyMessage}", lines, StringComparison.Ordinal);
        Assert.Contains($"{jsonl}:2: {ArticleTextRule.BinaryMessage}", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_folder_beside_a_good_file_is_reported_and_the_good_file_extracted()
    {
        using var work = new TempFolder();
        var good = work.File("good.txt", Good);
        var locked = Path.Combine(work.Path, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "a.txt"), Good);
        using var _ = Unreadable.Lock(locked);

        var (code, output, error) = CliRunner.Run(null, "extract", locked, good, "--format", "jsonl");

        if (Unreadable.Enforced(locked))
        {
            Assert.Equal(1, code);
            Assert.Contains($"{locked}: cannot read the folder", error, StringComparison.Ordinal);
            Assert.Equal(["good"], Ids(output));
        }
        else
        {
            Assert.Equal(["a", "good"], Ids(output));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_out_that_is_a_file_or_lies_under_a_file_is_exit_1_before_anything_runs(string format)
    {
        using var work = new TempFolder();
        var input = work.File("a.txt", Good);
        var file = work.File("taken", "x");

        foreach (var (output, message) in new[] { (file, "is a file"), (Path.Combine(file, "sub"), "cannot write in this output folder") })
        {
            var (code, stdout, error) = CliRunner.Run(null, "extract", input, "--format", format, "--out", output);

            Assert.Equal(1, code);
            Assert.Contains($"{output}: {message}", error, StringComparison.Ordinal);
            Assert.Empty(stdout);
        }
    }

    [Fact]
    public void A_read_only_out_is_exit_1_with_a_message()
    {
        using var work = new TempFolder();
        var input = work.File("a.txt", Good);
        var output = Path.Combine(work.Path, "ro");
        Directory.CreateDirectory(output);
        using var _ = Unreadable.ReadOnly(output);

        var (code, _, error) = CliRunner.Run(null, "extract", input, "--format", "brat", "--out", output);

        if (Unreadable.WritesRefused(output))
        {
            Assert.Equal(1, code);
            Assert.Contains($"{output}: cannot write in this output folder", error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(0, code);
        }
    }

    [Fact]
    public void A_300_character_id_with_brat_out_is_written_under_a_short_name_and_later_lines_go_on()
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", $$"""
            {"id":"{{new string('x', 300)}}","text":"{{Good}}"}
            {"id":"after","text":"Vladimir Putin visited Pyongyang."}

            """);
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "brat", "--out", output);

        Assert.True(code == 0, error);
        var stems = Directory.GetFiles(output, "*.ann").Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.Equal(2, stems.Length);
        Assert.Contains("after", stems);
        Assert.All(stems, s => Assert.True(s!.Length <= OutputFolder.MaxStemLength));
    }

    [Theory]
    [InlineData("No space left on device")]
    [InlineData("Broken pipe")]
    public void A_standard_output_that_fails_stops_the_run_with_exit_1(string reason)
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Good}\"}}\n"));
        var stdout = new FailingStream(reason);
        var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(lines)), stdout, error);

        var code = CliApp.Run(["extract", "--input", "jsonl", "--format", "jsonl", "--threads", "1"], console);

        Assert.Equal(1, code);
        Assert.Contains($"attache: standard output: {reason}", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, stdout.Attempts);
    }

    [Theory]
    [InlineData("extract", "0")]
    [InlineData("extract", "1025")]
    [InlineData("extract", "300000000")]
    [InlineData("extract", "2147483647")]
    [InlineData("bench", "300000000")]
    public void Threads_out_of_range_is_a_usage_error_before_anything_runs(string verb, string threads)
    {
        using var work = new TempFolder();
        var input = work.File("a.txt", Good);

        var (code, output, error) = CliRunner.Run(null, verb, input, "--threads", threads);

        Assert.Equal(2, code);
        Assert.Contains($"--threads must be between 1 and {ThreadCount.Max}", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("jsonl")]
    public void Standard_input_combines_with_other_paths_in_order(string input)
    {
        using var work = new TempFolder();
        var jsonl = input == "jsonl";
        var file = jsonl ? work.File("f.jsonl", $"{{\"id\":\"file\",\"text\":\"{Good}\"}}\n") : work.File("file.txt", Good);
        var stdin = jsonl ? $"{{\"id\":\"stdin\",\"text\":\"{Good}\"}}\n" : Good;

        var (code, output, error) = CliRunner.Run(stdin, "extract", "--input", input, "-", file, "--format", "jsonl");

        Assert.True(code == 0, error);
        Assert.Equal(["stdin", "file"], Ids(output));
        Assert.Equal(2, CliRunner.Run(stdin, "extract", "-", file, "-").Code);
    }

    [Fact]
    public void Convert_reports_bad_doccano_lines_with_file_and_line_and_converts_the_others()
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", """
            {"id":"a","text":"Kim Jong Un met Xi.","label":[[0,11,"Official"]]}
            [1, 2]
            {"id":"b","text":"Kim met Xi.","label":"oops"}
            {"id":"c","text":"bad \ud800","label":[]}
            {"id":"d","text":"Vladimir Putin visited Pyongyang.","label":[]}

            """);
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "convert", input, "--from", "doccano", "--to", "brat", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"{input}:2: expected a JSON object", error, StringComparison.Ordinal);
        Assert.Contains($"{input}:3: \"label\" must be a list", error, StringComparison.Ordinal);
        Assert.Contains($"{input}:4: invalid string", error, StringComparison.Ordinal);
        Assert.Equal(["a", "d"], Directory.GetFiles(output, "*.ann").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Convert_names_duplicate_and_null_doccano_ids_uniquely_without_hidden_files()
    {
        using var work = new TempFolder();
        var input = work.File("in.jsonl", """
            {"id":null,"text":"Kim Jong Un met Xi.","label":[]}
            {"id":null,"text":"Xi met Putin.","label":[]}
            {"id":"same","text":"One.","label":[]}
            {"id":"same","text":"Two.","label":[]}

            """);
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "convert", input, "--from", "doccano", "--to", "brat", "--out", output);

        Assert.True(code == 0, error);
        var names = Directory.GetFiles(output).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["doc-2.ann", "doc-2.txt", "doc.ann", "doc.txt", "same-2.ann", "same-2.txt", "same.ann", "same.txt"], names);
        Assert.Equal("Two.", File.ReadAllText(Path.Combine(output, "same-2.txt")));
    }

    [Fact]
    public void Convert_from_conll_writes_code_point_offsets()
    {
        using var work = new TempFolder();
        var input = work.File("in.conll", "\U0001F600 O\nKim B-PER\nJong I-PER\nUn I-PER\nmet O\n\n");
        var output = Path.Combine(work.Path, "out");

        var (code, _, error) = CliRunner.Run(null, "convert", input, "--from", "conll", "--to", "brat", "--out", output);

        Assert.True(code == 0, error);
        var errors = new List<FormatError>();
        var ann = Directory.GetFiles(output, "*.ann").Single();
        var document = BratReader.Parse(File.ReadAllText(ann), File.ReadAllText(Path.ChangeExtension(ann, ".txt")), ann, errors);
        Assert.Empty(errors);
        var span = Assert.Single(document.Spans);
        Assert.Equal((2, 13, "Kim Jong Un"), (span.Start, span.End, span.Text));
    }

    [Fact]
    public void Extract_brat_pairs_stay_consistent_across_duplicate_ids_and_a_rerun_on_changed_input()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "out");
        var input = work.File("in.jsonl", $$"""
            {"id":"same","text":"{{Good}}"}
            {"id":"same","text":"Vladimir Putin visited Pyongyang on Monday."}
            {"id":"..","text":"Moon Jae-in met Kim Jong Un."}
            {"id":"","text":"Shinzo Abe visited Seoul."}

            """);
        Assert.Equal(0, CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "brat", "--out", output).Code);
        File.WriteAllText(input, """
            {"id":"same","text":"Xi Jinping flew to Moscow to meet Vladimir Putin."}
            {"id":"doc","text":"Emmanuel Macron met Olaf Scholz in Berlin."}

            """);

        var (code, _, error) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "brat", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal("Xi Jinping flew to Moscow to meet Vladimir Putin.", File.ReadAllText(Path.Combine(output, "same.txt")));
        foreach (var ann in Directory.GetFiles(output, "*.ann"))
        {
            var errors = new List<FormatError>();
            var document = BratReader.Parse(File.ReadAllText(ann), File.ReadAllText(Path.ChangeExtension(ann, ".txt")), ann, errors);
            Assert.Empty(errors);
            Assert.NotEmpty(document.Spans);
        }

        Assert.Equal(0, CliRunner.Run(null, "validate", output).Code);
    }

    [Fact]
    public void Evaluate_validates_its_gold_and_names_the_bad_file()
    {
        using var work = new TempFolder();
        var gold = Path.Combine(work.Path, "gold");
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(gold, "a.txt"), Good);
        File.WriteAllText(Path.Combine(gold, "a.ann"), "T1\tOfficial 0 11\tKim Jong Un\nT2\tNoSuchType 16 26\tXi Jinping\n");

        var validate = CliRunner.Run(null, "validate", gold);
        var evaluate = CliRunner.Run(null, "evaluate", "--gold", gold);

        Assert.Equal(1, validate.Code);
        Assert.Equal(1, evaluate.Code);
        var problem = validate.Error.Split('\n').First(l => l.StartsWith(Path.Combine(gold, "a.ann"), StringComparison.Ordinal));
        Assert.Contains(problem, evaluate.Error, StringComparison.Ordinal);
    }

    private static string[] Ids(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    /// <summary>A standard output that refuses every write, as <c>/dev/full</c> or a closed pipe does.</summary>
    private sealed class FailingStream(string reason) : MemoryStream
    {
        public int Attempts { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Fail();

        public override void Write(ReadOnlySpan<byte> buffer) => Fail();

        public override void WriteByte(byte value) => Fail();

        private void Fail()
        {
            Attempts++;
            throw new IOException(reason);
        }
    }
}
