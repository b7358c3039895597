namespace Attache.Models;

/// <summary>How the event classifier combines its triggers with the rules' (written in the model card in kebab case, <c>union</c>).</summary>
internal enum EventPolicy
{
    /// <summary>Model triggers are added where no rule trigger overlaps.</summary>
    Union,

    /// <summary>As <see cref="Union"/>, and rule triggers the model scores as no event are dropped.</summary>
    Filter,

    /// <summary>The rules' triggers alone (for comparisons).</summary>
    RulesOnly,

    /// <summary>The model's triggers alone (for comparisons).</summary>
    ModelOnly,
}
