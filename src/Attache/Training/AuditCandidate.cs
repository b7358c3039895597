using Attache.Documents;

namespace Attache.Training;

/// <summary>One place where the trigger lexicon would make an event in a gold document.</summary>
/// <param name="Document">The document id.</param>
/// <param name="File">The text file, relative to the folder above the document's folder (<c>corpus/c001_....txt</c>).</param>
/// <param name="Line">The 1-based line of the text file.</param>
/// <param name="Type">The event type the lexicon gives the phrase.</param>
/// <param name="Phrase">The phrase as matched, lower-cased, tokens joined by spaces.</param>
/// <param name="Covered">Whether a gold event trigger covers it.</param>
internal sealed record AuditCandidate(string Document, string File, int Line, EventType Type, string Phrase, bool Covered);
