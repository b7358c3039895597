using Attache.Tests.Cli;

namespace Attache.Tests.Knowledge;

/// <summary><c>attache extract</c> and <c>serve</c> with a bad knowledge file: each error as <c>file:line: field: message</c>, exit 1, no stack trace.</summary>
public class KnowledgeFileCliTests
{
    private const string Bad = """
        - name: 'Kim One'
          country: Korea
          aliases: 'Kim Il'
          roles:
            - {title: 'Premier', from: 'March 2019'}
          nationality: PRK
        """;

    [Fact]
    public void Extract_prints_every_error_of_a_bad_officials_file_and_exits_1()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.yaml", Bad);

        var (code, output, error) = CliRunner.Run("Kim Jong Un met Xi Jinping in Beijing.", "extract", "--officials", bad);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal(
            [
                $"{bad}:2: country: 'Korea' is not a country code; expected an ISO 3166-1 alpha-3 country code in upper case (PRK, KOR, USA; SUN for the Soviet Union)",
                $"{bad}:3: aliases: expected a list of text ([a, b]), found text",
                $"{bad}:5: roles.from: 'March 2019' is not a date; expected a date YYYY, YYYY-MM or YYYY-MM-DD",
                $"{bad}:6: nationality: unknown key; expected name, family, country, aliases, roles, body",
            ],
            error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Serve_refuses_to_start_with_a_bad_file_naming_each_error()
    {
        using var folder = new TempFolder();
        var titles = folder.File("titles.yaml", "- {phrase: Envoy, rank: sometimes}\n");
        var triggers = folder.File("triggers.yaml", "Meeting:\n  strong: met with\n");

        var (code, _, error) = CliRunner.Run(null, "serve", "--port", "0", "--titles", titles, "--triggers", triggers);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{titles}:1: rank: expected true or false, found 'sometimes'",
                $"{triggers}:2: Meeting.strong: expected a list of text ([a, b]), found text",
            ],
            error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("listening", error, StringComparison.Ordinal);
    }
}
