using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>
/// An event trigger phrase; a weak one needs a context word of its type in the sentence. A user's
/// phrase (from <c>ExtractorBuilder.AddTriggersFile</c>) is one the trained models never saw, so the
/// event classifier does not overrule it.
/// </summary>
internal sealed record TriggerRecord(EventType Type, string Phrase, bool Weak, bool FromUser = false);
