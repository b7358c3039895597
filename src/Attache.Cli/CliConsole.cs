using Microsoft.Win32.SafeHandles;

namespace Attache.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output, for results only.</param>
/// <param name="Error">Standard error, for messages and progress.</param>
internal sealed record CliConsole(Func<Stream> In, Stream Out, TextWriter Error)
{
    private const int StandardOutputDescriptor = 1;

    public static CliConsole System { get; } = new(Console.OpenStandardInput, OpenStandardOutput(), Console.Error);

    /// <summary>
    /// Standard output, unbuffered. On Unix it is opened as a file rather than through
    /// <see cref="Console.OpenStandardOutput()"/>, which drops writes to a closed pipe without an error:
    /// the run would process everything for a reader that has gone.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return new FileStream(new SafeFileHandle(StandardOutputDescriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Descriptor 1 is closed or not writable: the console stream reports what it can.
            return Console.OpenStandardOutput();
        }
    }
}
