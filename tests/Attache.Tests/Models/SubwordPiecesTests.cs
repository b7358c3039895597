using Attache.Models;
using Attache.Rules;
using Attache.Text;
using Microsoft.ML.Tokenizers;

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

    /// <summary>
    /// Our encoder must give the library's tokens, or the tagger's byte-pair features would change:
    /// every name word of the corpus and of the knowledge base, and words with accents, characters
    /// beyond the Basic Multilingual Plane, lone surrogates, hyphens, apostrophes and digits.
    /// </summary>
    [Fact]
    public void The_encoder_gives_the_tokens_of_the_library()
    {
        var library = TiktokenTokenizer.CreateForEncoding("r50k_base");
        var encoder = BytePairEncoder.LoadR50kBase();
        var words = Directory.GetFiles(RepoPaths.TrainingData, "*.txt", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ';', ':', '"', '(', ')', '“', '”', '‘', '’'))
            .Where(new NameShapes(LanguageProfile.English).IsNameWord)
            .Concat(Attache.Knowledge.KnowledgeBase.Default.Officials.SelectMany(o => o.Name.Split(' ')))
            .Concat(["Zürich", "Ōsaka", "Nguyễn", "Đặng", "São", "Ærø", "𠮷野家", "Kim\uD800", "Ri\uDC00n", "Jong-un", "O'Brien", "Xi's", "Ri123", "K-pop2", "  two  spaces ", "Pyongyang", "Myongchol"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 2000, $"only {words.Count} words");
        foreach (var word in words)
        {
            var expected = library.EncodeToTokens(" " + word, out _).Select(t => t.Value);
            Assert.Equal(expected, encoder.Encode(" " + word));
        }
    }

    /// <summary>Long words (where the merge order matters most and a quadratic merge took minutes) give the library's tokens too.</summary>
    [Fact]
    public void Long_words_give_the_tokens_of_the_library()
    {
        var library = TiktokenTokenizer.CreateForEncoding("r50k_base");
        var encoder = BytePairEncoder.LoadR50kBase();
        var random = new Random(7);
        const string letters = "AbcdeKimJongUnXiPyongyangrstuvwyz-'é";
        var words = new List<string> { string.Concat(Enumerable.Repeat("Ab", 2_000)), new string('A', 3_000), string.Concat(Enumerable.Repeat("B.C.D.E.", 200)) };
        for (var i = 0; i < 20; i++)
        {
            words.Add(new string([.. Enumerable.Range(0, random.Next(50, 1_500)).Select(_ => letters[random.Next(letters.Length)])]));
        }

        foreach (var word in words)
        {
            Assert.Equal(library.EncodeToTokens(" " + word, out _).Select(t => t.Value), encoder.Encode(" " + word));
        }
    }
}
