namespace Attache.Knowledge;

/// <summary>
/// A knowledge file (officials, titles, organisations, places, triggers) that cannot be used. Reading
/// a file collects every problem in it, not only the first (unknown keys, values of the wrong shape,
/// country codes that are not ISO 3166-1 alpha-3, dates that are not <c>YYYY</c>, <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>, missing required keys), and <see cref="Errors"/> lists them, each with file, line
/// and field; the message is those errors, one a line.
/// </summary>
public sealed class KnowledgeFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KnowledgeFileException()
    {
    }

    /// <summary>Creates the exception with a message and no itemised <see cref="Errors"/>.</summary>
    /// <param name="message">What is wrong, with file and line.</param>
    public KnowledgeFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause, and no itemised <see cref="Errors"/>.</summary>
    /// <param name="message">What is wrong, with file and line.</param>
    /// <param name="innerException">The cause.</param>
    public KnowledgeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from the errors found; the message lists them one a line.</summary>
    /// <param name="errors">Every error found, in file and line order.</param>
    public KnowledgeFileException(IEnumerable<KnowledgeFileError> errors)
        : this(Materialize(errors), null)
    {
    }

    /// <summary>Creates the exception from the errors found and the cause; the message lists the errors one a line.</summary>
    /// <param name="errors">Every error found, in file and line order.</param>
    /// <param name="innerException">The cause (the YAML parser's exception, for a file that does not parse).</param>
    public KnowledgeFileException(IEnumerable<KnowledgeFileError> errors, Exception innerException)
        : this(Materialize(errors), innerException)
    {
    }

    private KnowledgeFileException(KnowledgeFileError[] errors, Exception? innerException)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())), innerException)
    {
        Errors = errors;
    }

    /// <summary>
    /// Every error found, each with file, line and field; empty where the exception carries a message
    /// alone (an embedded resource missing from the assembly).
    /// </summary>
    public IReadOnlyList<KnowledgeFileError> Errors { get; } = [];

    private static KnowledgeFileError[] Materialize(IEnumerable<KnowledgeFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length > 0 ? list : throw new ArgumentException("a knowledge file exception needs at least one error", nameof(errors));
    }
}
