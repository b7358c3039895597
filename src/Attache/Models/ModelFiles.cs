namespace Attache.Models;

/// <summary>The names of the files <c>attache train</c> writes into a models folder.</summary>
internal static class ModelFiles
{
    public const string Card = "model-card.json";
    public const string EntityTagger = "entity-tagger.zip";
    public const string EntityTaggerWeights = "entity-tagger.weights";
    public const string EventClassifier = "event-classifier.zip";
    public const string EventClassifierWeights = "event-classifier.weights";
}
