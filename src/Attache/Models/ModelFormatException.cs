namespace Attache.Models;

/// <summary>
/// A models folder (or one of its files) that cannot be used: missing, truncated, corrupt, of another
/// format, or mixing files of different training runs. The message names the file; <see cref="Path"/> holds it.
/// </summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, with the file.</param>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong, with the file.</param>
    /// <param name="innerException">The cause.</param>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one file: the message is <c>PATH: PROBLEM</c>.</summary>
    /// <param name="path">The file or folder that cannot be used.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ModelFormatException(string path, string problem, Exception? innerException)
        : base($"{path}: {problem}", innerException)
    {
        Path = path;
    }

    /// <summary>The file or folder that cannot be used, where known.</summary>
    public string? Path { get; }
}
