using Attache.Models;

namespace Attache.Tests.Models;

public class LinearModelTests
{
    [Fact]
    public void Weights_survive_a_write_read_round_trip_and_score_as_softmax()
    {
        var weights = new[] { new float[FeatureHasher.Dimension], new float[FeatureHasher.Dimension] };
        weights[1][7] = 2f;
        weights[0][9] = 1f;
        using var stream = new MemoryStream();
        LinearModel.Write(stream, ["O", "X"], [0f, -1f], weights);
        var model = LinearModel.Read(stream.ToArray(), "test", ["O", "X"]);

        Span<float> p = stackalloc float[2];
        model.Predict([7], p);
        var expected = MathF.Exp(1f) / (1f + MathF.Exp(1f));
        Assert.Equal(expected, p[1], 5);
        Assert.Equal(1f, p[0] + p[1], 5);
        Assert.Equal(["O", "X"], model.Classes);
    }

    [Fact]
    public void Hashing_is_stable_across_runs()
    {
        // Trained weights index these buckets: a change here makes every shipped model wrong.
        Assert.Equal(FeatureHasher.Hash("w", "kim"), FeatureHasher.Hash("w", "kim"));
        Assert.NotEqual(FeatureHasher.Hash("w", "kim"), FeatureHasher.Hash("W", "kim"));
        Assert.InRange(FeatureHasher.Hash("w", "kim"), 0, FeatureHasher.Dimension - 1);
        Assert.Equal(227_744, FeatureHasher.Hash("w", "kim"));
    }
}
