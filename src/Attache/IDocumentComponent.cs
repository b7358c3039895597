namespace Attache;

/// <summary>
/// One stage of the extraction pipeline. A component reads what earlier stages put on the
/// <see cref="DocumentDraft"/> and adds its own results. One instance serves every document and
/// every thread at once, so a component keeps no per-document state in fields.
/// </summary>
public interface IDocumentComponent
{
    /// <summary>A short name that identifies the component in the pipeline (for example <c>tokenizer</c>).</summary>
    string Name { get; }

    /// <summary>
    /// The draft layers this component reads and cannot work without; the builder checks that an earlier
    /// component assigns each. None by default. The working layers no document shows
    /// (<see cref="DraftLayers.LexiconHits"/>, <see cref="DraftLayers.Candidates"/>) are dropped after the last
    /// component that requires them, so a component that reads them must say so here.
    /// </summary>
    DraftLayers Requires => DraftLayers.None;

    /// <summary>The draft layers this component fills or changes. None by default.</summary>
    DraftLayers Assigns => DraftLayers.None;

    /// <summary>Reads and adds to the draft of one document.</summary>
    /// <param name="draft">The document under construction.</param>
    void Process(DocumentDraft draft);
}
