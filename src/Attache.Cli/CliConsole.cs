namespace Attache.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output, for results only.</param>
/// <param name="Error">Standard error, for messages and progress.</param>
internal sealed record CliConsole(Func<Stream> In, Stream Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error);
}
