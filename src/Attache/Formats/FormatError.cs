namespace Attache.Formats;

/// <summary>A problem found in an input file.</summary>
/// <param name="File">The file (or input name) the problem is in.</param>
/// <param name="Line">The 1-based line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FormatError(string File, int Line, string Message)
{
    /// <summary>The error as <c>file:line: message</c>, the form compilers and editors understand.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
