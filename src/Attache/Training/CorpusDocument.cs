using Attache.Formats;

namespace Attache.Training;

/// <summary>One annotated document of a corpus: its id, text, annotations and split.</summary>
internal sealed record CorpusDocument(string Id, string TextPath, string Text, BratDocument Annotations, string Split);
