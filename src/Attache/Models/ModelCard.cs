using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attache.Models;

namespace Attache.Models;

/// <summary>What a models folder holds and how it was made: fingerprints of the data, seed, trainers, feature sets, sizes and dev scores.</summary>
internal sealed record ModelCard
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Reading is strict: a missing, null or misspelt member, or a value of the wrong type, is an error.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,

        // policies are written by name (rules-first, union), and only known names are read
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        TypeInfoResolver = ModelCardJsonContext.Default,
    };

    /// <summary>The card format this version writes and reads (version 2 added <see cref="Files"/>).</summary>
    public const string CurrentFormat = "attache-models/2";

    public string Format { get; init; } = CurrentFormat;

    public int Seed { get; init; }

    public required string DataHash { get; init; }

    public required string KnowledgeHash { get; init; }

    /// <summary>What the featurizers compute (the fingerprint <c>TrainingHashes.Features</c> takes when training).</summary>
    public string FeatureHash { get; init; } = string.Empty;

    /// <summary>Every trainer compared on dev, with the settings that shape its weights.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    public required Dictionary<string, int> Documents { get; init; }

    public required Dictionary<string, int> Tokens { get; init; }

    public required ModelEntry EntityTagger { get; init; }

    public required ModelEntry EventClassifier { get; init; }

    public required CombinationSettings Combination { get; init; }

    public required Dictionary<string, Dictionary<string, double>> DevScores { get; init; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of every other file of the folder, by name: a folder whose files come
    /// from different training runs does not match its card and is rejected.
    /// </summary>
    public required Dictionary<string, string> Files { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static ModelCard? Read(string path) => File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;

    /// <summary>Parses a card's UTF-8 JSON.</summary>
    /// <exception cref="JsonException">The JSON is invalid or does not follow the card's schema.</exception>
    public static ModelCard Parse(byte[] utf8) =>
        JsonSerializer.Deserialize<ModelCard>(utf8, Options) ?? throw new JsonException("the card is null");

    /// <summary>One trained model of the folder.</summary>
    public sealed record ModelEntry(
        string Trainer,
        string File,
        string Weights,
        IReadOnlyList<string> Classes,
        string Features,
        IReadOnlyDictionary<string, double> CandidatesDevF1);
}
