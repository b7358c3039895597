namespace Attache.Cli;

/// <summary>
/// Standard output cannot be written (a full disk, a closed pipe): the run cannot deliver its results,
/// so it stops with exit code 1 instead of processing the rest for nobody.
/// </summary>
internal sealed class StandardOutputException(IOException inner) : IOException($"standard output: {inner.Message}", inner);
