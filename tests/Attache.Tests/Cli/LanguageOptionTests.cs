using System.Text.Json;

namespace Attache.Tests.Cli;

/// <summary><c>--language DIR</c> gives extraction the lists of a folder, and a folder that cannot be used is bad input naming it.</summary>
public class LanguageOptionTests
{
    /// <summary>A title over a lower-case body phrase, which a function-words list holding its middle word cuts.</summary>
    private const string Sentence = "Ri Yong Ho, director of the general logistics bureau, arrived in Beijing on Monday.";

    [Fact]
    public void Extract_takes_the_lists_of_the_language_folder()
    {
        using var folder = new TempFolder();
        folder.File("function-words.txt", "logistics\n");

        Assert.Contains("director of the general logistics bureau", Titles(CliRunner.Run(Sentence, "extract")));
        var titles = Titles(CliRunner.Run(Sentence, "extract", "--language", folder.Path));
        Assert.Contains("director", titles);
        Assert.DoesNotContain("director of the general logistics bureau", titles);
    }

    [Fact]
    public void A_missing_language_folder_or_a_file_named_after_no_list_is_exit_1_naming_it()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere");
        var unknown = folder.File("stop-words.txt", "le\n");

        var (missingCode, _, missingError) = CliRunner.Run(Sentence, "extract", "--language", missing);
        var (unknownCode, _, unknownError) = CliRunner.Run(Sentence, "extract", "--language", folder.Path);

        Assert.Equal(1, missingCode);
        Assert.Contains(missing, missingError, StringComparison.Ordinal);
        Assert.Equal(1, unknownCode);
        Assert.Contains(unknown, unknownError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unknownError, StringComparison.Ordinal);
    }

    private static string[] Titles((int Code, string Out, string Error) run)
    {
        Assert.True(run.Code == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "Title")
            .Select(m => m.GetProperty("text").GetString()!)
            .ToArray();
    }
}
