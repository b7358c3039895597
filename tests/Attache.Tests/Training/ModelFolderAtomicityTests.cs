using Attache.Models;
using Attache.Tests.Cli;
using Attache.Tests.Models;
using Attache.Text;
using Attache.Training;

namespace Attache.Tests.Training;

/// <summary>
/// <c>train --out</c> replaces a models folder as a unit: a kill at any step leaves the old or the new
/// complete set once the next run has recovered, a failure at any step leaves the old set, and the
/// output is checked before training starts.
/// </summary>
public class ModelFolderAtomicityTests
{
    private const int OldSeed = 7;
    private const int NewSeed = 8;

    /// <summary>The steps after which the folder holds the new set (the second rename and after).</summary>
    private static readonly string[] NewSetSteps = ["moved the new set in", "deleted the old set"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_kill_after_any_step_leaves_a_complete_set_after_recovery(bool hadOldSet)
    {
        using var folder = new TempFolder();
        var work = Path.Combine(folder.Path, "work");
        var models = Path.Combine(work, "models");
        Directory.CreateDirectory(work);
        if (hadOldSet)
        {
            ModelFolderFixture.Copy(models, OldSeed);
        }

        // A kill -9 after a step leaves the disk as it is then: copy it, as the next run would find it.
        var snapshots = new List<(string Step, string Root)>();
        void Snapshot(string step)
        {
            var root = Path.Combine(folder.Path, "kill-" + snapshots.Count);
            CopyTree(work, root);
            snapshots.Add((step, root));
        }

        WriteNewSet(models, Snapshot);

        Assert.Equal(ModelFiles.All.Count + 1 + (hadOldSet ? 3 : 1), snapshots.Count);
        foreach (var (step, root) in snapshots)
        {
            var killed = Path.Combine(root, "models");

            // A reader between the kill and the next run sees a complete set or no folder, never a mix.
            var folderLeft = Directory.Exists(killed);
            if (folderLeft)
            {
                Assert.Contains(Seed(killed), new[] { OldSeed, NewSeed });
            }

            ModelFolderWriter.Recover(killed);

            Assert.Empty(ModelFolderWriter.InterruptedSiblings(killed));
            // With no folder, a complete new set (its card written, or the old set moved away) is renamed in.
            var newSetComplete = step == "wrote " + ModelFiles.Card || step == "moved the old set away";
            int? expected = NewSetSteps.Contains(step) || (newSetComplete && !folderLeft) ? NewSeed : hadOldSet ? OldSeed : null;
            Assert.True(expected == (Directory.Exists(killed) ? Seed(killed) : null), $"after '{step}': expected seed {expected}");
        }
    }

    [Theory]
    [InlineData("created", OldSeed)]
    [InlineData("wrote " + ModelFiles.EntityTaggerWeights, OldSeed)]
    [InlineData("wrote " + ModelFiles.Card, OldSeed)]
    [InlineData("moved the old set away", OldSeed)]
    [InlineData("moved the new set in", NewSeed)]
    [InlineData("deleted the old set", NewSeed)]
    public void A_failure_at_any_step_leaves_one_complete_set_and_no_temporary_folder(string failingStep, int expectedSeed)
    {
        using var folder = new TempFolder();
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"), OldSeed);

        Assert.Throws<IOException>(() => WriteNewSet(models, step =>
        {
            if (step.StartsWith(failingStep, StringComparison.Ordinal))
            {
                throw new IOException("No space left on device");
            }
        }));

        Assert.Equal(expectedSeed, Seed(models));
        Assert.Empty(ModelFolderWriter.InterruptedSiblings(models));
    }

    [Fact]
    public void Recovery_restores_the_old_set_when_the_new_one_is_incomplete_and_removes_stale_folders()
    {
        using var folder = new TempFolder();
        var models = Path.Combine(folder.Path, "models");
        var random = Guid.NewGuid().ToString("N");
        ModelFolderFixture.Copy($"{models}.old-{random}", OldSeed);
        var partial = Directory.CreateDirectory($"{models}.tmp-{random}").FullName;
        File.Copy(Path.Combine(ModelFolderFixture.Committed, ModelFiles.EntityTagger), Path.Combine(partial, ModelFiles.EntityTagger));

        ModelFolderWriter.Recover(models);

        Assert.Equal(OldSeed, Seed(models));
        Assert.Empty(ModelFolderWriter.InterruptedSiblings(models));
    }

    [Fact]
    public void Opening_removes_the_leftovers_of_an_interrupted_run_beside_a_complete_folder()
    {
        using var folder = new TempFolder();
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"), OldSeed);
        ModelFolderFixture.Copy($"{models}.tmp-{Guid.NewGuid():N}", NewSeed);
        ModelFolderFixture.Copy($"{models}.old-{Guid.NewGuid():N}", NewSeed);
        var unrelated = Directory.CreateDirectory(models + ".backup").FullName;

        using (ModelFolderWriter.Open(models))
        {
            Assert.Single(ModelFolderWriter.InterruptedSiblings(models));
        }

        Assert.Empty(ModelFolderWriter.InterruptedSiblings(models));
        Assert.Equal(OldSeed, Seed(models));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void Train_refuses_an_output_that_is_a_file_or_someone_elses_folder_before_training()
    {
        using var folder = new TempFolder();
        var data = SeedCorpus(folder);
        var file = folder.File("models.txt", "not a folder");
        var foreign = Path.Combine(folder.Path, "documents");
        Directory.CreateDirectory(foreign);
        var keep = Path.Combine(foreign, "notes.txt");
        File.WriteAllText(keep, "mine");

        foreach (var (output, message) in new[]
                 {
                     (file, $"{file}: is a file, not a folder"),
                     (Path.Combine(file, "models"), file),
                     (foreign, $"{foreign}: holds notes.txt, which is not a model file"),
                 })
        {
            var (code, _, error) = CliRunner.Run(null, "train", "--data", data, "--out", output);

            Assert.True(code == 1, $"--out {output} exited {code}: {error}");
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.DoesNotContain("featurizing", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal("mine", File.ReadAllText(keep));
        Assert.Equal(["documents", "models.txt", "seeds"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Train_without_out_is_a_usage_error_and_never_touches_the_shipped_models()
    {
        var (code, _, error) = CliRunner.Run(null, "train", "--data", RepoPaths.Seeds);
        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_with_a_missing_language_folder_fails_before_training_and_names_it()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "no-such-language");
        var models = Path.Combine(folder.Path, "models");

        var (code, _, error) = CliRunner.Run(null, "train", "--data", RepoPaths.Seeds, "--out", models, "--language", missing);

        Assert.Equal(1, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.DoesNotContain("featurizing", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public void Training_replaces_a_folder_whole_and_a_failed_write_leaves_the_old_one()
    {
        using var folder = new TempFolder();
        var data = SeedCorpus(folder);
        var models = ModelFolderFixture.Copy(Path.Combine(folder.Path, "models"), OldSeed);
        var corpus = Corpus.Read(data, []);
        var trainer = new ModelTrainer(TextWriter.Null, LanguageProfile.English);

        Assert.Throws<IOException>(() => trainer.Train(corpus, data, models, NewSeed, 0.5, step =>
        {
            if (step == "wrote " + ModelFiles.EventClassifier)
            {
                throw new IOException("No space left on device");
            }
        }));
        Assert.Equal(OldSeed, Seed(models));
        Assert.Empty(ModelFolderWriter.InterruptedSiblings(models));

        var (code, _, error) = CliRunner.Run(null, "train", "--data", data, "--out", models, "--seed", NewSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, error);
        Assert.Equal(NewSeed, Seed(models));
        Assert.Empty(ModelFolderWriter.InterruptedSiblings(models));
    }

    /// <summary>Writes the committed files, with a card of seed <see cref="NewSeed"/>, as train does.</summary>
    private static void WriteNewSet(string models, Action<string> afterStep)
    {
        using var source = new TempFolder();
        var newSet = ModelFolderFixture.Copy(Path.Combine(source.Path, "new"), NewSeed);
        using var writer = ModelFolderWriter.Open(models, afterStep);
        foreach (var name in ModelFiles.All)
        {
            writer.Write(name, File.ReadAllBytes(Path.Combine(newSet, name)));
        }

        writer.Commit();
    }

    /// <summary>The seed of a folder's card, after checking the whole set loads.</summary>
    private static int Seed(string models)
    {
        ModelStore.LoadDirectory(models);
        return ModelFolderFixture.SeedOf(models);
    }

    private static string SeedCorpus(TempFolder folder)
    {
        var corpus = Path.Combine(folder.Path, "seeds");
        Directory.CreateDirectory(corpus);
        foreach (var seed in RepoPaths.SeedFiles.Take(2))
        {
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
            File.Copy(Path.ChangeExtension(seed, ".ann"), Path.Combine(corpus, Path.GetFileNameWithoutExtension(seed) + ".ann"));
        }

        return corpus;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
