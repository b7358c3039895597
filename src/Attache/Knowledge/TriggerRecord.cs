using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>An event trigger phrase; a weak one needs a context word of its type in the sentence.</summary>
internal sealed record TriggerRecord(EventType Type, string Phrase, bool Weak);
