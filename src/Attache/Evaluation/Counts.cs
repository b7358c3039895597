namespace Attache.Evaluation;

/// <summary>Match counts in the SemEval-2013 / nervaluate sense, with precision, recall and F1.</summary>
/// <param name="Correct">Predictions that match a gold item.</param>
/// <param name="Incorrect">Predictions matched to a gold item but wrong in what the mode checks.</param>
/// <param name="Partial">Predictions that overlap a gold item without the same boundaries (partial mode only).</param>
/// <param name="Missed">Gold items no prediction matched.</param>
/// <param name="Spurious">Predictions that match no gold item.</param>
internal sealed record Counts(int Correct, int Incorrect, int Partial, int Missed, int Spurious)
{
    /// <summary>Predictions made.</summary>
    public int Predicted => Correct + Incorrect + Partial + Spurious;

    /// <summary>Gold items.</summary>
    public int Gold => Correct + Incorrect + Partial + Missed;

    /// <summary>Precision; a partial match counts half.</summary>
    public double Precision => Predicted == 0 ? 0 : (Correct + 0.5 * Partial) / Predicted;

    /// <summary>Recall; a partial match counts half.</summary>
    public double Recall => Gold == 0 ? 0 : (Correct + 0.5 * Partial) / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two counts.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    public static Counts operator +(Counts a, Counts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Correct + b.Correct, a.Incorrect + b.Incorrect, a.Partial + b.Partial, a.Missed + b.Missed, a.Spurious + b.Spurious);
    }

    /// <summary>Sums two counts.</summary>
    /// <param name="other">The other counts.</param>
    public Counts Add(Counts other) => this + other;

    /// <summary>No items.</summary>
    public static Counts Zero { get; } = new(0, 0, 0, 0, 0);
}
