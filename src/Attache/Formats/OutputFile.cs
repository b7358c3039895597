namespace Attache.Formats;

/// <summary>One file of a document's output in a folder: the file is named after the document, plus <paramref name="Extension"/>.</summary>
/// <param name="Extension">The file name's ending, with its dot (<c>.ann</c>).</param>
/// <param name="Contents">The text of the file, written as UTF-8.</param>
public sealed record OutputFile(string Extension, string Contents);
