using System.Reflection;
using PublicApiGenerator;

namespace Attache.Tests.Api;

/// <summary>
/// The public surface of the library, held by a committed file so that every change to it is a
/// deliberate one: a change shows up as a failing test with the new surface written beside the file.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Approved = Path.Combine(RepoPaths.Root, "tests", "Attache.Tests", "Api", "Attache.approved.txt");

    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var actual = typeof(Extractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : null;
        if (actual != approved)
        {
            var received = Path.ChangeExtension(Approved, ".received.txt");
            File.WriteAllText(received, actual);
            Assert.Fail($"The public API changed. If the change is deliberate, review {received} and copy it over {Approved}.");
        }
    }

    [Fact]
    public void Library_references_no_network_assembly()
    {
        var network = typeof(Extractor).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("System.Net", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(network);
    }

    [Fact]
    public void Every_embedded_resource_is_one_the_library_reads()
    {
        var names = typeof(Extractor).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).ToList();
        Assert.All(names, n => Assert.True(n.StartsWith("Attache.Knowledge.", StringComparison.Ordinal) || n.StartsWith("Attache.Linking.", StringComparison.Ordinal) || n.StartsWith("Attache.Language.", StringComparison.Ordinal) || n.StartsWith("Attache.Models.", StringComparison.Ordinal) || n == "Attache.Training.feature-probe.txt" || n == "Attache.Formats.html-page.css", n));
        Assert.Contains("Attache.Models.model-card.json", names);
        Assert.Contains("Attache.Knowledge.officials.yaml", names);
    }

    [Fact]
    public void Default_extractor_needs_no_file_outside_the_assembly()
    {
        var before = Directory.GetCurrentDirectory();
        var empty = Directory.CreateTempSubdirectory("attache-empty-").FullName;
        try
        {
            Directory.SetCurrentDirectory(empty);
            var doc = new ExtractorBuilder().Build().Extract("Chinese President Xi Jinping met Kim Jong Un in Pyongyang.");
            Assert.Contains(doc.Mentions, m => m.Canonical == "Xi Jinping");
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
            Directory.Delete(empty, recursive: true);
        }
    }
}
