namespace Attache.Tests;

/// <summary>Locates the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "training-data", "seeds");

    public static string TrainingData => Path.Combine(Root, "training-data");

    public static IEnumerable<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Attache.sln not found above " + AppContext.BaseDirectory);
    }
}
