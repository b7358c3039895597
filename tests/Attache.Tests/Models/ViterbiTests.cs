using Attache.Models;

namespace Attache.Tests.Models;

public class ViterbiTests
{
    [Fact]
    public void Never_starts_a_span_with_an_inside_tag()
    {
        var tags = BioTags.Names.Length;
        var iOfficial = BioTags.Names.ToList().IndexOf("I-Official");
        var bOfficial = BioTags.Names.ToList().IndexOf("B-Official");
        var probabilities = new float[2 * tags];
        probabilities[iOfficial] = 0.6f;
        probabilities[bOfficial] = 0.3f;
        probabilities[0] = 0.1f;
        probabilities[tags + iOfficial] = 0.9f;
        probabilities[tags] = 0.1f;

        var best = Viterbi.Decode(LogScores(probabilities), 2, tags);

        Assert.Equal([bOfficial, iOfficial], best);
    }

    [Fact]
    public void An_inside_tag_of_another_type_cannot_follow()
    {
        var names = BioTags.Names.ToList();
        var tags = names.Count;
        var probabilities = new float[2 * tags];
        probabilities[names.IndexOf("B-Place")] = 0.9f;
        probabilities[0] = 0.1f;
        probabilities[tags + names.IndexOf("I-Official")] = 0.55f;
        probabilities[tags] = 0.45f;

        var best = Viterbi.Decode(LogScores(probabilities), 2, tags);

        Assert.Equal([names.IndexOf("B-Place"), 0], best);
    }

    /// <summary>Viterbi works on raw (log-linear) scores; a tag with no probability gets a very low score.</summary>
    private static float[] LogScores(float[] probabilities) => Array.ConvertAll(probabilities, p => p > 0 ? MathF.Log(p) : -100f);
}
