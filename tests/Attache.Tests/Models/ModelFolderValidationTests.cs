using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using Attache.Models;
using Attache.Tests.Cli;
using Attache.Training;

namespace Attache.Tests.Models;

/// <summary>
/// Every corrupt models folder is refused before use with exit code 1 and a message naming the file:
/// never a crash, a stack trace or an allocation the file's length does not justify.
/// </summary>
public class ModelFolderValidationTests
{
    private const string Tagger = ModelFiles.EntityTaggerWeights;
    private const string Events = ModelFiles.EventClassifierWeights;
    private const string Card = ModelFiles.Card;

    /// <summary>Each case: what it breaks, the file the message must name, and words of the message.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "truncated-weights", Tagger, "declares" },
        { "empty-weights", Tagger, "not an Attache weights file" },
        { "header-only-weights", Events, "truncated or corrupt" },
        { "negative-class-count", Tagger, "declares -5 classes" },
        { "huge-class-count-18-byte-header", Tagger, "declares 2147483591 classes" },
        { "negative-row-count", Events, "declares -1 weight rows" },
        { "row-overflow", Events, "declares 2147483647 weight rows" },
        { "trailing-bytes", Tagger, "bytes follow" },
        { "repeated-feature-row", Tagger, "bad or repeated feature row" },
        { "not-a-number-weight", Events, "not a finite number" },
        { "wrong-class-name-in-weights", Tagger, "class 1 is 'B-Officiel'" },
        { "not-weights", Events, "not an Attache weights file" },
        { "missing-weights", Events, "is missing" },
        { "mixed-training-runs", Events, "does not match its SHA-256" },
        { "mixed-mlnet-model", ModelFiles.EventClassifier, "does not match its SHA-256" },
        { "invalid-json-card", Card, "not a valid model card" },
        { "empty-card", Card, "not a valid model card" },
        { "card-is-an-array", Card, "not a valid model card" },
        { "missing-combination", Card, "combination" },
        { "null-combination", Card, "combination" },
        { "missing-threshold", Card, "entityThreshold" },
        { "threshold-is-a-string", Card, "entityThreshold" },
        { "seed-is-a-string", Card, "seed" },
        { "policy-is-a-number", Card, "entityPolicy" },
        { "unknown-entity-policy", Card, "at $.combination.entityPolicy" },
        { "unknown-event-policy", Card, "at $.combination.eventPolicy" },
        { "threshold-out-of-range", Card, "threshold 7 is not between 0 and 1" },
        { "wrong-class-names-in-card", Card, "entityTagger.classes" },
        { "weights-file-elsewhere", Card, "entityTagger.weights is '../../etc/passwd'" },
        { "old-format", Card, "attache-models/1" },
        { "no-file-hashes", Card, "files" },
        { "bad-file-hash", Card, "files has no SHA-256 for 'entity-tagger.zip'" },
        { "unknown-member", Card, "combinaton" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corrupt_models_folder_is_exit_1_naming_the_file(string name, string file, string message)
    {
        using var folder = new TempFolder();
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"));
        Corrupt(name, models);

        foreach (var args in new[] { new[] { "extract", "--models", models }, ["evaluate", "--gold", RepoPaths.Seeds, "--models", models] })
        {
            var (code, output, error) = CliRunner.Run("Kim Jong Un met Xi Jinping in Beijing.", args);

            Assert.True(code == 1, $"{name}: {args[0]} exited {code}: {error}");
            Assert.Equal(string.Empty, output);
            Assert.Contains(Path.Combine(models, file) + ":", error, StringComparison.Ordinal);
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_library_throws_the_documented_exception_with_the_file()
    {
        using var folder = new TempFolder();
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"));
        Corrupt("huge-class-count-18-byte-header", models);

        var e = Assert.Throws<ModelFormatException>(() => new ExtractorBuilder().WithModels(models));

        Assert.Equal(Path.Combine(models, Tagger), e.Path);
    }

    [Fact]
    public void A_valid_copy_and_the_embedded_models_load()
    {
        using var folder = new TempFolder();
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"));

        Assert.Equal(EntityPolicy.RulesFirst, ModelStore.LoadDirectory(models).Combination.EntityPolicy);
        Assert.NotNull(ModelStore.Embedded);
        var (code, output, error) = CliRunner.Run("Kim Jong Un met Xi Jinping in Beijing.", "extract", "--models", models);
        Assert.True(code == 0, error);
        Assert.Contains("Xi Jinping", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_card_is_exactly_what_train_writes()
    {
        // The card was extended by hand with the hashes of the committed files; retraining must give the same text.
        var path = Path.Combine(ModelFolderFixture.Committed, Card);
        Assert.Equal(File.ReadAllText(path), ModelCard.Read(path)!.ToJson());
    }

    [Fact]
    public void A_missing_folder_is_exit_1_and_mentions_an_interrupted_train()
    {
        using var folder = new TempFolder();
        var models = Path.Combine(folder.Path, "models");
        Directory.CreateDirectory(models + ".tmp-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = CliRunner.Run("Kim met Xi.", "extract", "--models", models);

        Assert.Equal(1, code);
        Assert.Contains($"{models}: no such folder; an interrupted 'attache train' left", error, StringComparison.Ordinal);
    }

    private static void Corrupt(string name, string models)
    {
        var tagger = File.ReadAllBytes(Path.Combine(models, Tagger));
        var events = File.ReadAllBytes(Path.Combine(models, Events));
        var eventRows = ModelFolderFixture.RowCountOffset(EventLabels.ClassNames);
        switch (name)
        {
            case "truncated-weights":
                ModelFolderFixture.Replace(models, Tagger, tagger[..(tagger.Length / 2)]);
                break;
            case "empty-weights":
                ModelFolderFixture.Replace(models, Tagger, []);
                break;
            case "header-only-weights":
                ModelFolderFixture.Replace(models, Events, events[..ModelFolderFixture.ClassCountOffset]);
                break;
            case "negative-class-count":
                ModelFolderFixture.Replace(models, Tagger, WithInt(tagger, ModelFolderFixture.ClassCountOffset, -5));
                break;
            case "huge-class-count-18-byte-header":
                ModelFolderFixture.Replace(models, Tagger, WithInt(tagger, ModelFolderFixture.ClassCountOffset, 0x7FFFFFC7)[..18]);
                break;
            case "negative-row-count":
                ModelFolderFixture.Replace(models, Events, WithInt(events, eventRows, -1));
                break;
            case "row-overflow":
                ModelFolderFixture.Replace(models, Events, WithInt(events, eventRows, int.MaxValue));
                break;
            case "trailing-bytes":
                ModelFolderFixture.Replace(models, Tagger, [.. tagger, 0, 0, 0]);
                break;
            case "repeated-feature-row":
                ModelFolderFixture.Replace(models, Tagger, RepeatFirstRow(tagger));
                break;
            case "not-a-number-weight":
                ModelFolderFixture.Replace(models, Events, WithInt(events, events.Length - sizeof(float), BitConverter.SingleToInt32Bits(float.NaN)));
                break;
            case "wrong-class-name-in-weights":
                // Latin-1 maps bytes to characters one to one, so the edit keeps every other byte.
                ModelFolderFixture.Replace(models, Tagger, Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(tagger).Replace("B-Official", "B-Officiel", StringComparison.Ordinal)));
                break;
            case "not-weights":
                ModelFolderFixture.Replace(models, Events, Encoding.UTF8.GetBytes("PK\u0003\u0004 this is a zip, not weights"));
                break;
            case "missing-weights":
                File.Delete(Path.Combine(models, Events));
                break;
            case "mixed-training-runs":
                // What a kill between the renames of the old train left: one file of another run.
                File.WriteAllBytes(Path.Combine(models, Events), WithInt(events, events.Length - sizeof(float), BitConverter.SingleToInt32Bits(0.25f)));
                break;
            case "mixed-mlnet-model":
                File.WriteAllBytes(Path.Combine(models, ModelFiles.EventClassifier), File.ReadAllBytes(Path.Combine(models, ModelFiles.EntityTagger)));
                break;
            case "invalid-json-card":
                File.WriteAllText(Path.Combine(models, Card), "{ \"format\": ");
                break;
            case "empty-card":
                File.WriteAllText(Path.Combine(models, Card), string.Empty);
                break;
            case "card-is-an-array":
                File.WriteAllText(Path.Combine(models, Card), "[1, 2]");
                break;
            case "missing-combination":
                ModelFolderFixture.EditCard(models, c => c.Remove("combination"));
                break;
            case "null-combination":
                ModelFolderFixture.EditCard(models, c => c["combination"] = null);
                break;
            case "missing-threshold":
                ModelFolderFixture.EditCard(models, c => c["combination"]!.AsObject().Remove("entityThreshold"));
                break;
            case "threshold-is-a-string":
                ModelFolderFixture.EditCard(models, c => c["combination"]!["entityThreshold"] = "high");
                break;
            case "seed-is-a-string":
                ModelFolderFixture.EditCard(models, c => c["seed"] = "one");
                break;
            case "policy-is-a-number":
                ModelFolderFixture.EditCard(models, c => c["combination"]!["entityPolicy"] = 3);
                break;
            case "unknown-entity-policy":
                ModelFolderFixture.EditCard(models, c => c["combination"]!["entityPolicy"] = "yolo");
                break;
            case "unknown-event-policy":
                ModelFolderFixture.EditCard(models, c => c["combination"]!["eventPolicy"] = "maybe");
                break;
            case "threshold-out-of-range":
                ModelFolderFixture.EditCard(models, c => c["combination"]!["eventThreshold"] = 7);
                break;
            case "wrong-class-names-in-card":
                ModelFolderFixture.EditCard(models, c => c["entityTagger"]!["classes"] = new JsonArray("O", "B-Monster", "I-Monster"));
                break;
            case "weights-file-elsewhere":
                ModelFolderFixture.EditCard(models, c => c["entityTagger"]!["weights"] = "../../etc/passwd");
                break;
            case "old-format":
                ModelFolderFixture.EditCard(models, c => c["format"] = "attache-models/1");
                break;
            case "no-file-hashes":
                ModelFolderFixture.EditCard(models, c => c.Remove("files"));
                break;
            case "bad-file-hash":
                ModelFolderFixture.EditCard(models, c => c["files"]![ModelFiles.EntityTagger] = "not a hash");
                break;
            case "unknown-member":
                ModelFolderFixture.EditCard(models, c => c["combinaton"] = new JsonObject());
                break;
            default:
                throw new ArgumentException($"no corruption named {name}", nameof(name));
        }
    }

    private static byte[] WithInt(byte[] bytes, int offset, int value)
    {
        var copy = (byte[])bytes.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(offset), value);
        return copy;
    }

    /// <summary>The tagger weights with the second row's feature index set to the first's.</summary>
    private static byte[] RepeatFirstRow(byte[] tagger)
    {
        var first = ModelFolderFixture.RowCountOffset(BioTags.Names) + sizeof(int);
        var rowBytes = sizeof(int) + (sizeof(float) * BioTags.Names.Length);
        return WithInt(tagger, first + rowBytes, BinaryPrimitives.ReadInt32LittleEndian(tagger.AsSpan(first)));
    }
}
