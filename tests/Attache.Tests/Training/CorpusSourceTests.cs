using System.Diagnostics;

namespace Attache.Tests.Training;

/// <summary>
/// The corpus is edited in its inline-markup sources (<c>training-data/sources</c>) and converted to brat by
/// <c>markup2brat.py</c>: the committed brat files must be what the sources convert to, so an edit made to one side
/// only cannot be lost at the next conversion. Runs <c>python3</c> (Slow category, as CI runs it).
/// </summary>
[Trait("Category", TestCategories.Slow)]
public class CorpusSourceTests
{
    [Theory]
    [InlineData("corpus")]
    [InlineData("seeds")]
    public async Task The_committed_brat_files_are_what_their_sources_convert_to(string folder)
    {
        var data = Path.Combine(RepoPaths.Root, "training-data");
        var output = Directory.CreateTempSubdirectory("attache-sources-");
        try
        {
            var start = new ProcessStartInfo("python3", [Path.Combine(data, "tools", "markup2brat.py"), Path.Combine(data, "sources", folder), output.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "markup2brat.py failed: " + await errors);

            var converted = Directory.GetFiles(output.FullName, "*.ann").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(converted);
            var differing = converted
                .Where(name => File.ReadAllText(Path.Combine(output.FullName, name!)) != File.ReadAllText(Path.Combine(data, folder, name!))
                    || File.ReadAllText(Path.Combine(output.FullName, Path.ChangeExtension(name!, ".txt"))) != File.ReadAllText(Path.Combine(data, folder, Path.ChangeExtension(name!, ".txt"))))
                .ToList();
            Assert.True(differing.Count == 0, $"training-data/{folder} differs from its sources in: {string.Join(", ", differing)}");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
