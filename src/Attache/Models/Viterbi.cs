namespace Attache.Models;

/// <summary>
/// Finds the most probable tag sequence under BIO constraints (an <c>I-X</c> tag follows only
/// <c>B-X</c> or <c>I-X</c>), so the tagger's output is always a valid set of spans.
/// </summary>
internal static class Viterbi
{
    /// <param name="probabilities">Per token, the probability of each tag (row-major, <paramref name="tags"/> per row).</param>
    /// <param name="length">Number of tokens.</param>
    /// <param name="tags">Number of tags.</param>
    /// <returns>The best tag of each token.</returns>
    public static int[] Decode(float[] probabilities, int length, int tags)
    {
        var result = new int[length];
        if (length == 0)
        {
            return result;
        }

        var score = new double[length * tags];
        var back = new int[length * tags];
        for (var t = 0; t < tags; t++)
        {
            score[t] = BioTags.Allowed(-1, t) ? Math.Log(probabilities[t] + 1e-9) : double.NegativeInfinity;
        }

        for (var i = 1; i < length; i++)
        {
            for (var t = 0; t < tags; t++)
            {
                var best = double.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < tags; p++)
                {
                    var s = score[((i - 1) * tags) + p];
                    if (s > best && BioTags.Allowed(p, t))
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * tags) + t] = best + Math.Log(probabilities[(i * tags) + t] + 1e-9);
                back[(i * tags) + t] = arg;
            }
        }

        var last = 0;
        for (var t = 1; t < tags; t++)
        {
            if (score[((length - 1) * tags) + t] > score[((length - 1) * tags) + last])
            {
                last = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[(i * tags) + last];
        }

        return result;
    }
}
