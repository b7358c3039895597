using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attache.Models;

namespace Attache.Training;

/// <summary>What a models folder holds and how it was made: fingerprints of the data, seed, trainers, feature sets, sizes and dev scores.</summary>
internal sealed record ModelCard
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = "attache-models/1";

    public int Seed { get; init; }

    public required string DataHash { get; init; }

    public required string KnowledgeHash { get; init; }

    /// <summary>What the featurizers compute (<see cref="TrainingHashes.Features"/>).</summary>
    public string FeatureHash { get; init; } = string.Empty;

    /// <summary>Every trainer compared on dev, with the settings that shape its weights.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    public required Dictionary<string, int> Documents { get; init; }

    public required Dictionary<string, int> Tokens { get; init; }

    public required ModelEntry EntityTagger { get; init; }

    public required ModelEntry EventClassifier { get; init; }

    public required CombinationSettings Combination { get; init; }

    public required Dictionary<string, Dictionary<string, double>> DevScores { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static ModelCard? Read(string path) => File.Exists(path) ? JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(path), Options) : null;

    /// <summary>One trained model of the folder.</summary>
    public sealed record ModelEntry(
        string Trainer,
        string File,
        string Weights,
        IReadOnlyList<string> Classes,
        string Features,
        IReadOnlyDictionary<string, double> CandidatesDevF1);
}
