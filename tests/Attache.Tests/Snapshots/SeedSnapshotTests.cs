using Attache.Formats;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Attache.Tests.Snapshots;

/// <summary>
/// Holds the JSON that <c>attache extract</c> produces for each seed article. A change in what the
/// library extracts shows up here as a diff to review; on CI a missing snapshot fails instead of
/// being written.
/// </summary>
public class SeedSnapshotTests
{
    public static TheoryData<string> Seeds => new(RepoPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_output_matches_the_snapshot(string seed)
    {
        // The folder is named explicitly: on CI builds (deterministic source paths) Snapshooter cannot
        // find the test's source folder by itself.
        var folder = Path.Combine(RepoPaths.Root, "tests", "Attache.Tests", "Snapshots");
        var name = $"{nameof(SeedSnapshotTests)}.{nameof(Extract_output_matches_the_snapshot)}_{seed}.snap";
        var snapshot = Path.Combine(folder, "__snapshots__", name);
        var existed = File.Exists(snapshot);

        var (code, output, error) = Cli.CliRunner.Run(null, "extract", Path.Combine(RepoPaths.Seeds, seed + ".txt"));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Snapshot.Match(JToken.Parse(output), new SnapshotFullName(name, folder));

        // A missing snapshot is written by the match above, but the run still fails, wherever it runs:
        // a snapshot nobody reviewed proves nothing.
        Assert.True(existed, $"Snapshot {snapshot} was missing; it has been written: review it and commit it.");
    }

    [Fact]
    public void Json_output_parses_back_and_every_offset_indexes_the_original_text()
    {
        foreach (var file in RepoPaths.SeedFiles)
        {
            var text = File.ReadAllText(file);
            var document = Extractor.CreateDefault().Extract(text, new ExtractOptions { Id = Path.GetFileNameWithoutExtension(file) });
            var json = JToken.Parse(DocumentJsonWriter.ToJson(document));
            foreach (var mention in json["mentions"]!)
            {
                Assert.Equal(text[(int)mention["start"]!..(int)mention["end"]!], (string?)mention["text"]);
            }

            foreach (var ev in json["events"]!)
            {
                var trigger = ev["trigger"]!;
                Assert.Equal(text[(int)trigger["start"]!..(int)trigger["end"]!], (string?)trigger["text"]);
            }
        }
    }
}
