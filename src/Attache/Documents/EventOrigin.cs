namespace Attache.Documents;

/// <summary>Where an event came from, for the stages after it: the event classifier may drop only the shipped rules' triggers.</summary>
internal enum EventOrigin
{
    /// <summary>Added by a component the pipeline does not know (a user's): kept as it is.</summary>
    Component,

    /// <summary>A trigger of the shipped trigger lexicon found by the event rules: the model may overrule it.</summary>
    Rules,

    /// <summary>A trigger from a user's trigger file: the user asked for it, so the model never drops it.</summary>
    UserTriggers,

    /// <summary>Found by the event classifier.</summary>
    Model,
}
