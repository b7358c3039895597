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
    /// Standard output, unbuffered. On Unix a pipe or device is opened as a file rather than through
    /// <see cref="Console.OpenStandardOutput()"/>, which drops writes to a closed pipe without an error:
    /// the run would process everything for a reader that has gone. A regular file keeps the console
    /// stream, whose writes move the offset the shell shares between the commands it redirects there
    /// (a file stream writes at positions of its own and would overwrite an earlier command's output).
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(StandardOutputDescriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek)
            {
                return stream;
            }

            stream.Dispose();
            return Console.OpenStandardOutput();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Descriptor 1 is closed or not writable: the console stream reports what it can.
            return Console.OpenStandardOutput();
        }
    }
}
