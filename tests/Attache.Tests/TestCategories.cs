namespace Attache.Tests;

/// <summary>Trait values that sort tests into runs.</summary>
internal static class TestCategories
{
    /// <summary>
    /// End-to-end checks that take tens of seconds (retraining, 10 and 50 MB inputs): left out of the
    /// default `dotnet test` (see the project file), run by `dotnet test --filter Category=Slow` and CI.
    /// </summary>
    public const string Slow = "Slow";

    /// <summary>
    /// Checks that render pages in headless Chromium (<c>/usr/bin/chromium</c>, Debian package <c>chromium</c>):
    /// left out of the default `dotnet test` like <see cref="Slow"/>, run by `dotnet test --filter Category=Browser`
    /// and CI, which installs Chromium. Without Chromium they fail, saying so.
    /// </summary>
    public const string Browser = "Browser";

    /// <summary>
    /// Checks that run the JSONL worker under Dask distributed (<c>/usr/bin/python3</c> with the Debian packages
    /// <c>python3-dask</c> and <c>python3-distributed</c>, about two minutes): left out of the default `dotnet test`
    /// like <see cref="Slow"/>, run by `dotnet test --filter Category=Cluster` and CI, which installs the packages.
    /// Without them they fail, saying so.
    /// </summary>
    public const string Cluster = "Cluster";
}
