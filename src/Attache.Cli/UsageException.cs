namespace Attache.Cli;

/// <summary>A command line that parsed but makes no sense (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
