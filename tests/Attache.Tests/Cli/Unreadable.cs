namespace Attache.Tests.Cli;

/// <summary>
/// Takes permissions away from a test folder and gives them back on dispose. Where permissions are not
/// enforced (Windows, or a run as root, which reads and writes everything), the tests check what
/// still holds and the probes say the condition could not be made.
/// </summary>
internal static class Unreadable
{
    /// <summary>Makes <paramref name="folder"/> unreadable until the result is disposed.</summary>
    public static IDisposable Lock(string folder) => Set(folder, UnixFileMode.None);

    /// <summary>Makes <paramref name="folder"/> read-only until the result is disposed.</summary>
    public static IDisposable ReadOnly(string folder) =>
        Set(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

    /// <summary>Whether listing <paramref name="folder"/> now fails.</summary>
    public static bool Enforced(string folder)
    {
        try
        {
            Directory.GetFiles(folder);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Whether creating a file in <paramref name="folder"/> now fails.</summary>
    public static bool WritesRefused(string folder)
    {
        var probe = Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static Restore Set(string folder, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return new Restore(null, default);
        }

        var before = File.GetUnixFileMode(folder);
        File.SetUnixFileMode(folder, mode);
        return new Restore(folder, before);
    }

    private sealed class Restore(string? folder, UnixFileMode mode) : IDisposable
    {
        public void Dispose()
        {
            if (folder is not null && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, mode);
            }
        }
    }
}
