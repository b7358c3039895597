using System.Text.RegularExpressions;
using Attache.Events;
using Attache.Models;
using Attache.Training;

namespace Attache.Tests.Models;

/// <summary>
/// The model card's feature lists are generated from the groups each featurizer declares; these tests hold
/// the declared feature names to the names its code hashes, so the card cannot drift from the features.
/// </summary>
public partial class FeatureCatalogTests
{
    public static TheoryData<string, string> Featurizers => new()
    {
        { "Models/EntityFeaturizer.cs", nameof(EntityFeaturizer) },
        { "Events/EventFeaturizer.cs;Events/TriggerCue.cs", nameof(EventFeaturizer) },
    };

    [Theory]
    [MemberData(nameof(Featurizers))]
    public void The_declared_feature_names_are_those_the_code_hashes(string files, string featurizer)
    {
        // the featurizer's source and the files of the tables it hashes its features from (';'-separated)
        var source = string.Concat(files.Split(';').Select(file => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Attache", file))));
        var declared = Declared(featurizer).SelectMany(g => g.Names).ToList();

        Assert.Equal(declared.Count, declared.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Hashed(source).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_card_lists_every_declared_group()
    {
        Assert.All(EntityFeaturizer.Features, g => Assert.Contains(g.Description, ModelCardWriter.EntityFeatureSet, StringComparison.Ordinal));
        Assert.All(EventFeaturizer.Features, g => Assert.Contains(g.Description, ModelCardWriter.EventFeatureSet, StringComparison.Ordinal));
    }

    private static IReadOnlyList<FeatureGroup> Declared(string featurizer) =>
        featurizer == nameof(EntityFeaturizer) ? EntityFeaturizer.Features : EventFeaturizer.Features;

    /// <summary>
    /// The feature names a featurizer's source hashes: the literal first argument of every <c>Hash(</c> and
    /// <c>Hashes(</c> call, the literals of a conditional first argument, and the items of the name arrays.
    /// </summary>
    private static HashSet<string> Hashed(string source)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match call in HashCall().Matches(source))
        {
            foreach (Match literal in Literal().Matches(call.Groups["first"].Value))
            {
                names.Add(literal.Groups[1].Value);
            }
        }

        foreach (Match array in NameArray().Matches(source))
        {
            foreach (Match literal in Literal().Matches(array.Groups["items"].Value))
            {
                names.Add(literal.Groups[1].Value);
            }
        }

        return names;
    }

    /// <summary>A hash call up to the comma or parenthesis that ends its first argument (a literal, or a conditional of literals).</summary>
    [GeneratedRegex("""(?:FeatureHasher\.Hash|FeatureHasher\.Prefix|\bHashes)\((?<first>(?:[^,()"]|"[^"]*")*)[,)]""")]
    private static partial Regex HashCall();

    [GeneratedRegex("""(?:Prefix|Suffix)Names = \[(?<items>[^\]]*)\]""")]
    private static partial Regex NameArray();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Literal();
}
