using Attache.Models;

namespace Attache.Tests.Models;

public class SubwordPiecesTests
{
    [Fact]
    public void A_rare_name_splits_into_pieces_and_a_common_word_stays_whole()
    {
        var pieces = SubwordPieces.Of("Myongchol");
        Assert.True(pieces.Length >= 2, string.Join("|", pieces));
        Assert.Equal(" Myongchol", string.Concat(pieces));
        Assert.Empty(SubwordPieces.Of("China"));
    }
}
