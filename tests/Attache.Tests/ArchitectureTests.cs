using System.Text.RegularExpressions;

namespace Attache.Tests;

/// <summary>The library's folders are its pipeline order, and dependencies point one way: a folder uses only the folders before it.</summary>
public partial class ArchitectureTests
{
    /// <summary>Run order: text, knowledge, rules, models, linking, events, formats; then evaluation and training, which use them all.</summary>
    private static readonly string[] Order = ["Documents", "Text", "Knowledge", "Rules", "Models", "Linking", "Events", "Formats", "Evaluation", "Training"];

    [Fact]
    public void Each_folder_is_its_namespace_and_uses_only_the_folders_before_it()
    {
        var library = Path.Combine(RepoPaths.Root, "src", "Attache");
        var problems = new List<string>();
        foreach (var folder in Order)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(library, folder), "*.cs"))
            {
                var source = File.ReadAllText(file);
                var name = Path.GetRelativePath(library, file);
                if (!source.Contains($"namespace Attache.{folder};", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: not in namespace Attache.{folder}");
                }

                foreach (Match use in Reference().Matches(source))
                {
                    var used = Array.IndexOf(Order, use.Groups[1].Value);
                    if (used > Array.IndexOf(Order, folder))
                    {
                        problems.Add($"{name} uses Attache.{use.Groups[1].Value}, which runs after {folder}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [GeneratedRegex(@"\bAttache\.(\w+)\s*[.;]")]
    private static partial Regex Reference();
}
