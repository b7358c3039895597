namespace Attache.Models;

/// <summary>How the merger combines the entity model's mentions with the rules' (written in the model card in kebab case, <c>rules-first</c>).</summary>
internal enum EntityPolicy
{
    /// <summary>A model mention is added only where no rule or lexicon mention overlaps it.</summary>
    RulesFirst,

    /// <summary>A model mention replaces overlapping rule mentions of its type, except exact lexicon matches.</summary>
    ModelFirst,

    /// <summary>A model mention replaces overlapping rule mentions of any type, except exact lexicon matches.</summary>
    ModelWins,

    /// <summary>The rules' mentions alone (for comparisons).</summary>
    RulesOnly,

    /// <summary>The model's mentions alone (for comparisons).</summary>
    ModelOnly,
}
