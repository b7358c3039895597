namespace Attache.Events;

/// <summary>How the words around a trigger-lexicon phrase let it be read (see <see cref="TriggerAssertion"/>).</summary>
internal enum TriggerReading
{
    /// <summary>Nothing stops it: the text asserts an occurrence.</summary>
    Asserted,

    /// <summary>Negated: <c>has not visited</c>.</summary>
    Negated,

    /// <summary>Hypothetical or not specific: <c>could escalate</c>, <c>any sanctions</c>.</summary>
    Hypothetical,

    /// <summary>Wished, offered or allowed: <c>ready to meet</c>, <c>invited Putin to visit</c>.</summary>
    Desired,

    /// <summary>A hoped-for resumption: <c>return to the talks</c>.</summary>
    Prospective,

    /// <summary>Modifying a noun: <c>nuclear test site</c>, <c>sanctions committee</c>.</summary>
    Modifier,

    /// <summary>The word in another sense: <c>a photo released</c>, <c>a clear message</c>, <c>met with criticism</c>.</summary>
    OtherSense,

}
