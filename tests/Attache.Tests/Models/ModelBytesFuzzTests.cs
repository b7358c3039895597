using System.Buffers.Binary;
using Attache.Models;

namespace Attache.Tests.Models;

/// <summary>
/// Random damage to the committed model files (cut, bit flips, header integers overwritten with
/// extreme values, a damaged card): loading either succeeds or throws <see cref="ModelFormatException"/>,
/// never anything else and never an allocation beyond what the file's length allows. Half of the
/// damaged weights come with a card whose hash matches them, so the parser itself sees the damage.
/// </summary>
public class ModelBytesFuzzTests
{
    private const int Iterations = 200;
    private const int Seed = 20_240_617;
    private const int MaxFlips = 8;

    private static readonly int[] ExtremeInts = [0, -1, 1, int.MaxValue, int.MinValue, 0x7FFFFFC7, 1 << 18, (1 << 18) + 1];

    [Fact]
    public void Damaged_model_bytes_load_or_throw_the_documented_exception()
    {
        var random = new Random(Seed);
        // The ML.NET models are left out (as in the embedded set): their damage stops at the hash check, tested elsewhere.
        var committed = ModelFolderFixture.Files();
        committed.Remove(ModelFiles.EntityTagger);
        committed.Remove(ModelFiles.EventClassifier);
        var weights = new[] { ModelFiles.EntityTaggerWeights, ModelFiles.EventClassifierWeights };
        var rowCounts = new Dictionary<string, int>
        {
            [ModelFiles.EntityTaggerWeights] = ModelFolderFixture.RowCountOffset(BioTags.Names),
            [ModelFiles.EventClassifierWeights] = ModelFolderFixture.RowCountOffset(EventLabels.ClassNames),
        };
        int loaded = 0, refused = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var files = new Dictionary<string, byte[]>(committed);
            var target = random.Next(weights.Length + 1) < weights.Length ? weights[random.Next(weights.Length)] : ModelFiles.Card;
            var bytes = Damage(random, files[target], target == ModelFiles.Card ? [] : [ModelFolderFixture.ClassCountOffset, rowCounts[target]]);
            files[target] = bytes;
            if (target != ModelFiles.Card && random.Next(2) == 0)
            {
                files[ModelFiles.Card] = ModelFolderFixture.Rehash(files[ModelFiles.Card], target, bytes);
            }

            try
            {
                ModelStore.Load(name => files.TryGetValue(name, out var b) ? new MemoryStream(b, writable: false) : null, name => name, requireEveryFile: false);
                loaded++;
            }
            catch (ModelFormatException e)
            {
                Assert.False(string.IsNullOrEmpty(e.Path), $"iteration {i}: no file named in '{e.Message}'");
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i} ({target}): {e.GetType().Name}: {e.Message}");
            }
        }

        // Both outcomes occur, so the damage reaches the parser and not only the hash check.
        Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused");
    }

    private static byte[] Damage(Random random, byte[] original, int[] intOffsets)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(intOffsets.Length > 0 ? 3 : 2))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                for (var flips = random.Next(1, MaxFlips + 1); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            default:
                var value = random.Next(2) == 0 ? ExtremeInts[random.Next(ExtremeInts.Length)] : random.Next(int.MinValue, int.MaxValue);
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(intOffsets[random.Next(intOffsets.Length)]), value);
                return bytes;
        }
    }
}
