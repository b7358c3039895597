namespace Attache.Evaluation;

/// <summary>An annotation reduced to what scoring compares: type, UTF-16 span, and normalised value.</summary>
internal sealed record EvalItem(string Id, string Type, int Start, int End, string Text, string? Norm)
{
    public bool SameSpan(EvalItem other) => Start == other.Start && End == other.End;

    public bool Overlaps(EvalItem other) => Start < other.End && other.Start < End;
}
