namespace Attache.Models;

/// <summary>
/// One kind of feature a featurizer hashes: what it stands for and the feature names (the first argument
/// of <see cref="FeatureHasher.Hash(string, ReadOnlySpan{char})"/>) it uses. The featurizers declare their
/// groups beside the code that hashes them; the model card's feature list is generated from them, and a
/// test holds the names to those the code hashes.
/// </summary>
/// <param name="Description">What the features are, as the model card lists them.</param>
/// <param name="Names">The feature names of the group.</param>
internal sealed record FeatureGroup(string Description, params string[] Names)
{
    /// <summary>The model card's description of a featurizer: its groups in order, and the hashing.</summary>
    public static string Describe(IEnumerable<FeatureGroup> groups) =>
        string.Join(", ", groups.Select(g => g.Description)) + $"; hashed to 2^{FeatureHasher.Bits}";
}
