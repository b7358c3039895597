namespace Attache.Models;

/// <summary>The names of the files <c>attache train</c> writes into a models folder.</summary>
internal static class ModelFiles
{
    public const string Card = "model-card.json";
    public const string EntityTagger = "entity-tagger.zip";
    public const string EntityTaggerWeights = "entity-tagger.weights";
    public const string EventClassifier = "event-classifier.zip";
    public const string EventClassifierWeights = "event-classifier.weights";

    /// <summary>The files the card lists with their SHA-256: every file but the card.</summary>
    public static IReadOnlyList<string> Described { get; } = [EntityTagger, EntityTaggerWeights, EventClassifier, EventClassifierWeights];

    /// <summary>Every file of a models folder, in the order train writes them (the card last).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Described, Card];
}
