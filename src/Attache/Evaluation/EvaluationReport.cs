namespace Attache.Evaluation;

/// <summary>Everything <see cref="Scorer"/> measured over a set of documents.</summary>
internal sealed class EvaluationReport
{
    public static readonly string[] Modes = ["strict", "exact", "partial", "type"];

    public int Documents { get; set; }

    /// <summary>Entity mention counts: mode to type (and "ALL") to counts.</summary>
    public Dictionary<string, Dictionary<string, Counts>> Entities { get; } = Modes.ToDictionary(m => m, _ => new Dictionary<string, Counts>(StringComparer.Ordinal));

    /// <summary>Relations by type, strict argument spans.</summary>
    public Dictionary<string, Counts> Relations { get; } = new(StringComparer.Ordinal);

    /// <summary>Correct and compared canonical names of matched Official and Place mentions.</summary>
    public Dictionary<string, (int Correct, int Total)> Normalisation { get; } = new(StringComparer.Ordinal);

    /// <summary>Event triggers: "identification" (overlap, any type), "classification" (overlap and type), and per event type.</summary>
    public Dictionary<string, Counts> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Event arguments of matched events: "participant", "place", "date".</summary>
    public Dictionary<string, Counts> Arguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Document-level sets: "officials", "places", "event types".</summary>
    public Dictionary<string, Counts> DocumentSets { get; } = new(StringComparer.Ordinal);

    /// <summary>Gold type to predicted type ("none" when missed or spurious) for overlapping mentions.</summary>
    public Dictionary<(string Gold, string Predicted), int> Confusion { get; } = [];

    /// <summary>Per document strict entity F1, with the missed and spurious mentions.</summary>
    public List<(string Id, double F1, List<string> Missed, List<string> Spurious)> PerDocument { get; } = [];

    public double MacroF1(string mode) =>
        Entities[mode].Where(kv => kv.Key != "ALL").Select(kv => kv.Value.F1).DefaultIfEmpty(0).Average();
}
