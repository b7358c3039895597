using System.Text;
using System.Text.Json;
using Attache.Formats;

namespace Attache.Tests.Cli;

/// <summary>
/// Random JSON lines and brat files, from fixed seeds and a bounded number of iterations, through the
/// library's readers and the command line in-process: no exception escapes (bad input is a
/// <see cref="FormatError"/> or exit code 1), and every good line is still extracted, in order.
/// </summary>
public class InputFuzzTests
{
    private const int Seed = 17;
    private const int JsonLines = 400;
    private const int BratFiles = 40;
    private const int BratLinesPerFile = 12;

    private static readonly string[] Words =
        ["Kim", "Jong", "Un", "met", "Xi", "Jinping", "in", "Beijing", "President", "said", "the", "talks", ".", ",", "\U0001F600", "\u2019", "\r", "\n", "\t", "\u00E9t\u00E9", "\u05E9\u05DC\u05D5\u05DD"];

    [Fact]
    public void Random_json_lines_are_read_or_reported_and_every_good_line_is_extracted()
    {
        var random = new Random(Seed);
        var lines = new List<byte[]>();
        var good = new List<string>();
        for (var i = 0; i < JsonLines; i++)
        {
            var (bytes, id) = RandomJsonLine(random, i);
            lines.Add(bytes);
            if (id is not null)
            {
                good.Add(id);
            }
        }

        foreach (var (bytes, number) in lines.Select((b, i) => (b, i + 1)))
        {
            var line = Encoding.UTF8.GetString(bytes);
            var read = JsonlArticleReader.TryParse(line, "fuzz.jsonl", number, out var article, out var error);
            Assert.True(read ? article is not null : error is { Line: > 0 }, line);
        }

        using var work = new TempFolder();
        var input = work.File("fuzz.jsonl", [.. lines.SelectMany(l => l.Append((byte)'\n'))]);

        var (code, output, errors) = CliRunner.Run(null, "extract", "--input", "jsonl", input, "--format", "jsonl");

        Assert.Equal(1, code);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        var extracted = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(good, extracted);
    }

    [Fact]
    public void Random_brat_files_are_read_or_reported_by_the_reader_and_the_corpus_verbs()
    {
        var random = new Random(Seed);
        using var work = new TempFolder();
        var text = "Kim Jong Un met Xi Jinping in Beijing. \U0001F600 The talks were useful.\n";
        for (var i = 0; i < BratFiles; i++)
        {
            var ann = RandomAnn(random, text.Length + 3);
            var errors = new List<FormatError>();
            BratReader.Parse(ann, text, $"f{i}.ann", errors);
            work.File($"f{i}.txt", text);
            work.File($"f{i}.ann", ann);
        }

        var seed = RepoPaths.SeedFiles.First();
        File.Copy(seed, Path.Combine(work.Path, Path.GetFileName(seed)));
        File.Copy(Path.ChangeExtension(seed, ".ann"), Path.Combine(work.Path, Path.GetFileNameWithoutExtension(seed) + ".ann"));

        foreach (var args in new[] { new[] { "validate", work.Path }, ["stats", work.Path], ["evaluate", "--gold", work.Path, "--pipeline", "rules"] })
        {
            var (code, _, error) = CliRunner.Run(null, args);
            Assert.True(code == 1, $"{args[0]} exited {code}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    /// <summary>A line and, when it is a valid article, its id.</summary>
    private static (byte[] Bytes, string? Id) RandomJsonLine(Random random, int index)
    {
        var id = $"g{index}";
        var valid = $$"""{"id":"{{id}}","text":{{JsonSerializer.Serialize(RandomText(random))}}}""";
        switch (random.Next(6))
        {
            case 0:
            case 1:
                return (Encoding.UTF8.GetBytes(valid), id);
            case 2:
                return (Encoding.UTF8.GetBytes(valid[..random.Next(1, valid.Length - 1)]), null);
            case 3:
                var bytes = new byte[random.Next(1, 60)];
                random.NextBytes(bytes);
                return ([.. bytes.Select(b => b == (byte)'\n' ? (byte)'x' : b == 0 ? (byte)'{' : b)], null);
            case 4:
                var surrogate = random.Next(2) == 0 ? "\\ud800" : "\\udfff";
                return (Encoding.UTF8.GetBytes(random.Next(2) == 0
                    ? $$"""{"id":"s{{surrogate}}","text":"Kim met Xi."}"""
                    : $$"""{"id":"s","text":"Kim {{surrogate}} met Xi."}"""), null);
            default:
                return (Encoding.UTF8.GetBytes(random.Next(3) switch
                {
                    0 => """{"id":"e","text":""}""",
                    1 => """{"id":"n","text":"Kim\u0000Xi"}""",
                    _ => """{"id":"x","text":42}""",
                }), null);
        }
    }

    private static string RandomText(Random random) =>
        "Kim " + string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => Words[random.Next(Words.Length)]));

    private static string RandomAnn(Random random, int maxOffset)
    {
        string[] types = ["Official", "Title", "Place", "Meeting", "Nope", ""];
        var lines = new List<string>();
        for (var i = 0; i < BratLinesPerFile; i++)
        {
            var start = random.Next(-2, maxOffset);
            var end = random.Next(-2, maxOffset);
            var type = types[random.Next(types.Length)];
            lines.Add(random.Next(8) switch
            {
                0 => $"T{random.Next(5)}\t{type} {start} {end}\tKim Jong Un",
                1 => $"T{random.Next(5)}\t{type} {start} {end};{end} {end + 2}\tx",
                2 => $"R{random.Next(3)}\tHasTitle Arg1:T{random.Next(5)} Arg2:T{random.Next(5)}",
                3 => $"E{random.Next(3)}\t{type}:T{random.Next(5)} Participant:T{random.Next(5)}",
                4 => $"N{random.Next(3)}\tReference T{random.Next(5)} Wikidata:Q{random.Next(100)}\tx",
                5 => $"A1\tNegated E{random.Next(3)}",
                6 => new string((char)random.Next(0x20, 0xD7FF), random.Next(0, 20)),
                _ => $"T{random.Next(5)}\t{type} {start}\t",
            });
        }

        return string.Join('\n', lines) + (random.Next(2) == 0 ? "\n" : string.Empty);
    }
}
