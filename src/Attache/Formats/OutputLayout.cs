namespace Attache.Formats;

/// <summary>What an <see cref="IDocumentWriter"/> does when it is given an output folder.</summary>
public enum OutputLayout
{
    /// <summary>All documents go to one stream (standard output), folder or not.</summary>
    Stream,

    /// <summary>Into a folder, each document gets its own files (<see cref="IDocumentWriter.Files"/>); without one, the stream.</summary>
    FilePerDocument,
}
