using Attache.Models;

namespace Attache.Training;

/// <summary>
/// The quick dev F1 that picks a trainer: decoded entity spans of the tagger against the gold spans, and
/// event classes of tokens (any class but none) for the classifier. Tuning the combination uses the full
/// <see cref="Evaluation.Scorer"/> instead.
/// </summary>
internal static class DevScorer
{
    public static double EntityF1(LinearModel model, List<FeaturizedDocument> dev)
    {
        int correct = 0, predicted = 0, gold = 0;
        var tags = model.Classes.Count;
        foreach (var document in dev)
        {
            for (var s = 0; s < document.EntitySentences.Count; s++)
            {
                var sentence = document.EntitySentences[s];
                var scores = model.ScoreAll(sentence.Select(t => t.Features).ToArray());
                var spans = TrainingFeaturizer.Spans(Viterbi.Decode(scores, sentence.Length, tags));
                correct += spans.Count(document.GoldSpans[s].Contains);
                predicted += spans.Count;
                gold += document.GoldSpans[s].Count;
            }
        }

        return F1(correct, predicted, gold);
    }

    public static double EventF1(LinearModel model, List<FeaturizedDocument> dev)
    {
        int correct = 0, predicted = 0, gold = 0;
        var classes = model.Classes.Count;
        Span<float> probabilities = stackalloc float[classes];
        foreach (var example in dev.SelectMany(d => d.EventSentences).SelectMany(s => s))
        {
            model.Predict(example.Features, probabilities);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                best = probabilities[c] > probabilities[best] ? c : best;
            }

            predicted += best > 0 ? 1 : 0;
            gold += example.Label > 0 ? 1 : 0;
            correct += best > 0 && best == example.Label ? 1 : 0;
        }

        return F1(correct, predicted, gold);
    }

    private static double F1(int correct, int predicted, int gold) => correct == 0 ? 0 : 2.0 * correct / (predicted + gold);
}
