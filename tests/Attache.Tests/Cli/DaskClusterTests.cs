using System.Text.Json;

namespace Attache.Tests.Cli;

/// <summary>
/// The JSONL worker under a real distributed engine: tools/dask/run_dask.py starts a Dask <c>LocalCluster</c> of two
/// single-threaded worker processes and maps <c>attache extract --input jsonl --format jsonl --threads 1</c> over
/// partitions of 20,000 articles. Every id comes back once, with the JSON line one CLI process gives for the whole
/// file, also when a worker is killed in the middle of a partition (Dask runs the partition again).
/// </summary>
[Trait("Category", TestCategories.Cluster)]
public class DaskClusterTests(DaskClusterFixture fixture) : IClassFixture<DaskClusterFixture>
{
    /// <summary>Debian's interpreter, where <c>apt-get install python3-dask python3-distributed</c> puts Dask.</summary>
    private const string Python = "/usr/bin/python3";

    private const int Partitions = 16;

    private static readonly string Driver = Path.Combine(RepoPaths.Root, "tools", "dask", "run_dask.py");

    [Fact]
    public void Partitions_on_two_workers_give_the_single_process_output()
    {
        var summary = RunDriver("dask.jsonl", killWorker: false);
        Assert.Equal(Partitions, summary.GetProperty("partitions").GetInt32());
    }

    [Fact]
    public void A_worker_killed_mid_run_has_its_partition_run_again()
    {
        var summary = RunDriver("dask-kill.jsonl", killWorker: true);
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("killed_worker_pid").ValueKind);
        Assert.True(summary.GetProperty("partitions_on_killed_worker").GetInt32() >= 1, "the killed worker was running no partition");
    }

    /// <summary>Runs the driver, checks its output against the single-process run and returns its summary.</summary>
    private JsonElement RunDriver(string output, bool killWorker)
    {
        RequireDask();
        var path = fixture.PathOf(output);
        List<string> command = [Python, Driver, "--input", fixture.InputPath, "--output", path, "--partitions", $"{Partitions}"];
        if (killWorker)
        {
            command.Add("--kill-worker");
        }

        command.Add("--cli");
        command.AddRange(DaskClusterFixture.Cli);
        var (code, stdout, error) = DaskClusterFixture.Run(command);
        Assert.True(code == 0, $"run_dask.py failed ({code}):\n{stdout}\n{error}");

        var actual = DaskClusterFixture.ById(File.ReadAllText(path));
        Assert.Equal(DaskClusterFixture.Articles, fixture.Expected.Count);
        var missing = fixture.Expected.Keys.Except(actual.Keys).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} documents missing, the first {missing.FirstOrDefault()}");
        var extra = actual.Keys.Except(fixture.Expected.Keys).ToList();
        Assert.True(extra.Count == 0, $"{extra.Count} documents not in the input, the first {extra.FirstOrDefault()}");
        foreach (var (id, line) in fixture.Expected)
        {
            Assert.True(actual[id] == line, $"document {id} differs from the single-process run:\n{line}\n{actual[id]}");
        }

        using var summary = JsonDocument.Parse(stdout.Trim());
        return summary.RootElement.Clone();
    }

    /// <summary>Fails, saying what to install, where Dask is missing (CI installs it).</summary>
    private static void RequireDask()
    {
        var found = File.Exists(Python) && DaskClusterFixture.Run([Python, "-c", "import dask.distributed"]).Code == 0;
        Assert.True(
            found,
            $"Dask is missing: the Cluster tests need {Python} with the Debian packages python3-dask and python3-distributed "
            + "(`apt-get install -y --no-install-recommends python3-dask python3-distributed`; .ci/run installs them).");
    }
}
