namespace Attache.Evaluation;

/// <summary>Everything <see cref="Scorer"/> measured over a set of documents.</summary>
internal sealed class EvaluationReport
{
    /// <summary>The key of the row that counts every type together, beside the rows of each type.</summary>
    public const string AllTypes = "ALL";

    /// <summary>The matching modes, in report order.</summary>
    public static readonly MatchMode[] Modes = Enum.GetValues<MatchMode>();

    public int Documents { get; set; }

    /// <summary>Entity mention counts: mode to type (and <see cref="AllTypes"/>) to counts.</summary>
    public Dictionary<MatchMode, Dictionary<string, Counts>> Entities { get; } = Modes.ToDictionary(m => m, _ => new Dictionary<string, Counts>(StringComparer.Ordinal));

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

    /// <summary>The report's name of a mode: its JSON field and table row (<c>strict</c>, <c>exact</c>, <c>partial</c>, <c>type</c>).</summary>
    public static string Key(MatchMode mode) => mode.ToString().ToLowerInvariant();

    public double MacroF1(MatchMode mode) =>
        Entities[mode].Where(kv => kv.Key != AllTypes).Select(kv => kv.Value.F1).DefaultIfEmpty(0).Average();
}
