using System.Buffers;

namespace Attache.Models;

/// <summary>
/// The best BIO tag sequence of a sentence under the rule that an inside tag continues a span of its
/// own type. Works on the linear model's raw scores: a softmax only shifts each token's scores by a
/// constant, which does not change the best path, so no exponent or logarithm is taken.
/// </summary>
internal static class Viterbi
{
    /// <summary>For each BIO tag, the tags allowed right before it (ascending, so ties keep the lowest tag).</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, BioTags.Names.Length)
        .Select(next => Enumerable.Range(0, BioTags.Names.Length).Where(previous => BioTags.Allowed(previous, next)).ToArray())
        .ToArray();

    /// <summary>The best tag of each token, given <paramref name="scores"/> row by row (<c>length x tags</c>).</summary>
    public static int[] Decode(ReadOnlySpan<float> scores, int length, int tags)
    {
        var result = new int[length];
        if (length == 0)
        {
            return result;
        }

        var path = ArrayPool<float>.Shared.Rent(length * tags);
        var back = ArrayPool<int>.Shared.Rent(length * tags);
        try
        {
            for (var t = 0; t < tags; t++)
            {
                path[t] = BioTags.Allowed(-1, t) ? scores[t] : float.NegativeInfinity;
            }

            for (var i = 1; i < length; i++)
            {
                var previous = (i - 1) * tags;
                for (var t = 0; t < tags; t++)
                {
                    var best = float.NegativeInfinity;
                    var arg = 0;
                    foreach (var p in Predecessors[t])
                    {
                        if (path[previous + p] > best)
                        {
                            best = path[previous + p];
                            arg = p;
                        }
                    }

                    path[(i * tags) + t] = best + scores[(i * tags) + t];
                    back[(i * tags) + t] = arg;
                }
            }

            var last = 0;
            for (var t = 1; t < tags; t++)
            {
                if (path[((length - 1) * tags) + t] > path[((length - 1) * tags) + last])
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
        finally
        {
            ArrayPool<float>.Shared.Return(path);
            ArrayPool<int>.Shared.Return(back);
        }
    }
}
