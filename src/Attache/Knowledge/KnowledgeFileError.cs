namespace Attache.Knowledge;

/// <summary>
/// One problem in a knowledge file: where it is and what is wrong, as a
/// <see cref="KnowledgeFileException"/> lists them.
/// </summary>
/// <param name="File">The file as it was given (the path passed to <c>ExtractorBuilder.AddOfficialsFile</c> and its siblings, or a shipped file's name).</param>
/// <param name="Line">The 1-based line of the entry, key or value at fault.</param>
/// <param name="Field">
/// The field at fault: a key (<c>country</c>), a nested key after its parent (<c>roles.from</c>,
/// <c>Meeting.strong</c>) or a column of a TSV file (<c>population</c>); null where the problem is the
/// file's or an entry's structure rather than one field (YAML that does not parse, an entry that is not a mapping).
/// </param>
/// <param name="Message">What is wrong, and what was expected.</param>
public sealed record KnowledgeFileError(string File, int Line, string? Field, string Message)
{
    /// <summary>The error as <c>file:line: field: message</c> (without the field where there is none).</summary>
    public override string ToString() => Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
