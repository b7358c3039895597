using System.Buffers;

namespace Attache.Models;

/// <summary>
/// The best BIO tag sequence of a sentence under the rule that an inside tag continues a span of its
/// own type. Works on the linear model's raw scores: a softmax only shifts each token's scores by a
/// constant, which does not change the best path, so no exponent or logarithm is taken.
/// </summary>
internal static class Viterbi
{
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

                // O and every B- may follow any tag, so they share the best previous tag (the lowest on ties);
                // I-x may follow only B-x or I-x.
                var any = 0;
                for (var p = 1; p < tags; p++)
                {
                    if (path[previous + p] > path[previous + any])
                    {
                        any = p;
                    }
                }

                for (var t = 0; t < tags; t++)
                {
                    var arg = BioTags.IsInside(t) ? (path[previous + t] > path[previous + t - 1] ? t : t - 1) : any;
                    path[(i * tags) + t] = path[previous + arg] + scores[(i * tags) + t];
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
