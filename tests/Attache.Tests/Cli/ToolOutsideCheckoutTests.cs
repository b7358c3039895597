using System.Diagnostics;
using System.Text.Json;

namespace Attache.Tests.Cli;

/// <summary>The tool used as installed, outside a checkout: no verb reads training-data/ unasked, and the user's knowledge files load.</summary>
public class ToolOutsideCheckoutTests
{
    private const string Sentence = "Ri Kwang-chol, director of the Pyongyang Peace Institute, huddled with Chinese diplomats in Dandong.";

    private const string Officials = """
        - name: 'Ri Kwang Chol'
          family: 'Ri'
          country: PRK
          aliases: ['Ri Kwang-chol']
          roles:
            - {title: 'director of the Pyongyang Peace Institute', from: '2024', to: null}
        """;

    private const string Triggers = """
        Meeting:
          strong: [huddled with]
        """;

    [Theory]
    [InlineData("validate")]
    [InlineData("audit")]
    [InlineData("stats")]
    [InlineData("bench")]
    public void A_corpus_verb_without_its_corpus_prints_usage(string verb)
    {
        var (code, output, error) = CliRunner.Run(null, verb);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Usage:\n  attache {verb} <", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("training-data: no such folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_without_data_prints_usage()
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run(null, "train", "--out", Path.Combine(folder.Path, "models"));

        Assert.Equal(2, code);
        Assert.Contains("--data", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "models")));
    }

    [Fact]
    public void Help_names_the_tool_attache()
    {
        var (code, _, error) = CliRunner.Run(null, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:\n  attache [command] [options]", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Attache.Cli", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_loads_the_users_officials_and_triggers_files()
    {
        using var folder = new TempFolder();
        var officials = folder.File("my.yaml", Officials);
        var triggers = folder.File("my-triggers.yaml", Triggers);

        var (without, _, _) = Extract(CliRunner.Run(Sentence, "extract"));
        var (with, events, error) = Extract(CliRunner.Run(Sentence, "extract", "--officials", officials, "--triggers", triggers));

        Assert.DoesNotContain("Ri Kwang Chol", without);
        Assert.Contains("Ri Kwang Chol", with);
        Assert.Contains("Meeting", events);
        Assert.Empty(error);
    }

    [Fact]
    public void A_missing_or_broken_knowledge_file_is_exit_1_naming_it()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere.yaml");
        var broken = folder.File("broken.yaml", "- name: [unclosed\n");

        var (missingCode, _, missingError) = CliRunner.Run(Sentence, "extract", "--officials", missing);
        var (brokenCode, _, brokenError) = CliRunner.Run(Sentence, "extract", "--titles", broken);
        var (serveCode, _, serveError) = CliRunner.Run(null, "serve", "--port", "0", "--organizations", missing);

        Assert.Equal(1, missingCode);
        Assert.Contains(missing, missingError, StringComparison.Ordinal);
        Assert.Equal(1, brokenCode);
        Assert.Contains("broken.yaml", brokenError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", brokenError, StringComparison.Ordinal);
        Assert.Equal(1, serveCode);
        Assert.Contains(missing, serveError, StringComparison.Ordinal);
    }

    /// <summary>The built tool as a process in an empty folder, as a user runs it: a second of start-up, so with the slow tests.</summary>
    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task From_an_empty_folder_the_tool_finds_the_users_official()
    {
        using var folder = new TempFolder();
        folder.File("my.yaml", Officials);
        var tool = Path.Combine(AppContext.BaseDirectory, "Attache.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [tool, "extract", "--officials", "my.yaml", "--format", "jsonl"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        process.StandardInput.Write(Sentence);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("Ri Kwang Chol", Extract((0, output, string.Empty)).Officials);
        Assert.Equal(["my.yaml"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    private static (string[] Officials, string[] Events, string Error) Extract((int Code, string Out, string Error) run)
    {
        Assert.True(run.Code == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var officials = json.RootElement.GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "Official" && m.TryGetProperty("canonical", out _))
            .Select(m => m.GetProperty("canonical").GetString()!).ToArray();
        var events = json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();
        return (officials, events, run.Error);
    }
}
