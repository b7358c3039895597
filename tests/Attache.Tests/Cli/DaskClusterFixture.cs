using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Attache.Tests.Cli;

/// <summary>
/// What the Dask tests share: a JSONL file of short articles made from the corpus (two sentences each, distinct
/// ids) and the output of one CLI process over the whole of it, the reference every cluster run must equal.
/// </summary>
public sealed partial class DaskClusterFixture : IDisposable
{
    /// <summary>Articles in the file: enough for many partitions and a real run on each worker.</summary>
    public const int Articles = 20_000;

    private const int ProcessTimeoutMilliseconds = 600_000;

    // Sentences shorter than this are headings and datelines, longer ones make long articles.
    private const int MinSentence = 20;
    private const int MaxSentence = 300;

    private readonly TempFolder _folder = new();

    /// <summary>Makes the input and runs the CLI over it once.</summary>
    public DaskClusterFixture()
    {
        InputPath = Path.Combine(_folder.Path, "articles.jsonl");
        File.WriteAllText(InputPath, MakeArticles());
        var (code, output, error) = Run(Cli.Concat(["extract", "--input", "jsonl", "--format", "jsonl", "--threads", "1", InputPath]));
        Assert.True(code == 0, $"attache failed ({code}): {error}");
        Expected = ById(output);
    }

    /// <summary>The command that runs this build's CLI (the one the tests reference).</summary>
    public static string[] Cli { get; } =
    [
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet",
        Path.Combine(AppContext.BaseDirectory, "Attache.Cli.dll"),
    ];

    /// <summary>The JSONL input.</summary>
    public string InputPath { get; }

    /// <summary>The single-process output: each document's JSON line by its id.</summary>
    public IReadOnlyDictionary<string, string> Expected { get; }

    /// <summary>A file name in the fixture's temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(_folder.Path, name);

    /// <summary>The output lines by id; fails on a line that has no id or an id seen twice.</summary>
    public static Dictionary<string, string> ById(string output)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            Assert.True(byId.TryAdd(id, line), $"document {id} came back twice");
        }

        return byId;
    }

    /// <summary>Runs a process to its end and returns its exit code and streams.</summary>
    public static (int Code, string Out, string Error) Run(IEnumerable<string> command)
    {
        var arguments = command.ToArray();
        var start = new ProcessStartInfo(arguments[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(ProcessTimeoutMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{string.Join(' ', arguments)} did not finish in time");
        }

        return (process.ExitCode, output, error.Result);
    }

    /// <inheritdoc/>
    public void Dispose() => _folder.Dispose();

    /// <summary>Two consecutive corpus sentences per article, round the corpus as often as needed.</summary>
    private static string MakeArticles()
    {
        var sentences = Directory.GetFiles(Path.Combine(RepoPaths.TrainingData, "corpus"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => SentenceEnd().Split(File.ReadAllText(file)))
            .Select(s => s.Trim())
            .Where(s => s.Length is > MinSentence and < MaxSentence)
            .ToArray();
        var builder = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            var text = sentences[2 * i % sentences.Length] + " " + sentences[(2 * i + 1) % sentences.Length];
            builder.Append(JsonSerializer.Serialize(new { id = $"a{i:D5}", text })).Append('\n');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
