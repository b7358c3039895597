namespace Attache.Knowledge;

/// <summary>A knowledge file (officials, titles, organisations, places) that cannot be read; the message names file and line.</summary>
public sealed class KnowledgeFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KnowledgeFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, with file and line.</param>
    public KnowledgeFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong, with file and line.</param>
    /// <param name="innerException">The cause.</param>
    public KnowledgeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
