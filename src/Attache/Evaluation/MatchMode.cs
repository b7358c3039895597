namespace Attache.Evaluation;

/// <summary>
/// The SemEval-2013 ways of matching a predicted mention with a gold one (nervaluate's). The report
/// names each by its lowercase name (<see cref="EvaluationReport.Key"/>), in this order.
/// </summary>
internal enum MatchMode
{
    /// <summary>Exact span and same type (CoNLL's micro-F1).</summary>
    Strict,

    /// <summary>Exact span, any type.</summary>
    Exact,

    /// <summary>Overlapping span, any type; an overlap that is not exact counts half.</summary>
    Partial,

    /// <summary>Overlapping span, same type.</summary>
    Type,
}
