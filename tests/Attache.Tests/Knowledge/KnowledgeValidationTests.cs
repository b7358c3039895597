using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

/// <summary>
/// Strict knowledge files: unknown keys, values of the wrong shape, country codes that are not ISO
/// 3166-1 alpha-3, dates that are not YYYY[-MM[-DD]] and missing required keys are errors naming file,
/// line and field, and every error of a file is reported, not only the first.
/// </summary>
public class KnowledgeValidationTests
{
    private const string Valid = """
        - name: 'Ri Kwang Chol'
          family: 'Ri'
          country: PRK
          aliases: ['Ri Kwang-chol']
          roles:
            - {title: 'director of the Pyongyang Peace Institute', from: '2024-03', to: null}
        """;

    [Fact]
    public void A_valid_officials_file_is_read()
    {
        var official = Assert.Single(KnowledgeFiles.ParseOfficials(Valid, "ok.yaml"));
        Assert.Equal("PRK", official.Country);
        Assert.Equal(["Ri Kwang-chol"], official.Aliases);
        Assert.Equal(new RoleRecord("director of the Pyongyang Peace Institute", "2024-03", null), Assert.Single(official.Roles));
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_it()
    {
        var error = OneError(() => KnowledgeFiles.ParseOfficials(Valid + "\n  nationality: PRK\n", "officials.yaml"));
        Assert.Equal(new KnowledgeFileError("officials.yaml", 7, "nationality", error.Message), error);
        Assert.StartsWith("unknown key; expected name, family, country, aliases, roles, body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_a_role_names_the_role_field()
    {
        var yaml = Valid.Replace("to: null}", "to: null, until: '2025'}", StringComparison.Ordinal);
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(("officials.yaml", 6, "roles.until"), (error.File, error.Line, error.Field));
        Assert.Contains("expected title, from, to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_an_error()
    {
        var yaml = Valid.Replace("['Ri Kwang-chol']", "Ri Kwang-chol", StringComparison.Ordinal);
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(("officials.yaml", 4, "aliases"), (error.File, error.Line, error.Field));
        Assert.Equal("expected a list of text ([a, b]), found text", error.Message);
    }

    [Fact]
    public void A_list_where_text_belongs_is_an_error()
    {
        var yaml = Valid.Replace("family: 'Ri'", "family: ['Ri', 'Li']", StringComparison.Ordinal);
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(("officials.yaml", 2, "family"), (error.File, error.Line, error.Field));
        Assert.Equal("expected text, found a list", error.Message);
    }

    [Fact]
    public void Roles_that_are_not_a_list_of_mappings_are_an_error()
    {
        var yaml = "- name: Kim\n  country: PRK\n  roles: {title: Premier}\n- name: Pak\n  country: PRK\n  roles: [Premier]\n";
        var errors = Errors(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal([(3, "roles"), (6, "roles")], errors.Select(e => (e.Line, e.Field)));
    }

    [Theory]
    [InlineData("Korea")]
    [InlineData("KP")]
    [InlineData("prk")]
    [InlineData("XYZ")]
    public void A_country_that_is_not_an_ISO_alpha3_code_is_an_error(string country)
    {
        var yaml = Valid.Replace("country: PRK", $"country: {country}", StringComparison.Ordinal);
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(("officials.yaml", 3, "country"), (error.File, error.Line, error.Field));
        Assert.StartsWith($"'{country}' is not a country code; expected an ISO 3166-1 alpha-3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("March 2019")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    [InlineData("19")]
    [InlineData("2019/03")]
    [InlineData("2019-3")]
    public void A_date_that_is_not_YYYY_MM_DD_is_an_error(string date)
    {
        var yaml = Valid.Replace("from: '2024-03'", $"from: '{date}'", StringComparison.Ordinal);
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(("officials.yaml", 6, "roles.from"), (error.File, error.Line, error.Field));
        Assert.Equal($"'{date}' is not a date; expected a date YYYY, YYYY-MM or YYYY-MM-DD", error.Message);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2019-03")]
    [InlineData("2020-02-29")]
    public void Dates_to_the_precision_known_are_read(string date)
    {
        var yaml = Valid.Replace("from: '2024-03'", $"from: {date}", StringComparison.Ordinal);
        Assert.Equal(date, Assert.Single(Assert.Single(KnowledgeFiles.ParseOfficials(yaml, "ok.yaml")).Roles).From);
    }

    [Fact]
    public void A_missing_required_key_is_an_error_at_the_entry()
    {
        var yaml = "- name: Kim Jong Un\n  country: PRK\n- family: Kim\n  country: PRK\n";
        var error = OneError(() => KnowledgeFiles.ParseOfficials(yaml, "officials.yaml"));
        Assert.Equal(new KnowledgeFileError("officials.yaml", 3, "name", "required key is missing"), error);
    }

    [Fact]
    public void An_empty_required_value_is_an_error()
    {
        var error = OneError(() => KnowledgeFiles.ParseOfficials("- name: ''\n  country: PRK\n", "officials.yaml"));
        Assert.Equal(new KnowledgeFileError("officials.yaml", 1, "name", "must not be empty"), error);
    }

    [Fact]
    public void A_role_without_a_title_is_an_error()
    {
        var error = OneError(() => KnowledgeFiles.ParseOfficials("- name: Kim\n  country: PRK\n  roles:\n    - {from: '2019'}\n", "officials.yaml"));
        Assert.Equal(new KnowledgeFileError("officials.yaml", 4, "roles.title", "required key is missing"), error);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_line_order()
    {
        const string yaml = """
            - name: 'Kim One'
              country: Korea
              aliases: 'Kim Il'
            - country: PRK
              roles:
                - {title: 'Premier', from: 'March 2019'}
            - name: 'Kim Three'
              country: PRK
              nationality: PRK
            - just a name
            """;
        var e = Assert.Throws<KnowledgeFileException>(() => KnowledgeFiles.ParseOfficials(yaml, "all.yaml"));
        Assert.Equal(
            [(2, "country"), (3, "aliases"), (4, "name"), (6, "roles.from"), (9, "nationality"), (10, null)],
            e.Errors.Select(x => (x.Line, x.Field)));
        Assert.All(e.Errors, x => Assert.Equal("all.yaml", x.File));
        Assert.Equal(string.Join(Environment.NewLine, e.Errors), e.Message);
        Assert.StartsWith("all.yaml:2: country: 'Korea' is not a country code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_are_checked()
    {
        var yaml = "- {phrase: 'Vice Premier', category: government, rank: maybe}\n- {phrase: 'Envoy', variants: 'Special Envoy'}\n- {category: party}\n- {phrase: 'Marshal', rank: true, org_kind: military, level: 3}\n";
        var errors = Errors(() => KnowledgeFiles.ParseTitles(yaml, "titles.yaml"));
        Assert.Equal([(1, "rank"), (2, "variants"), (3, "phrase"), (4, "level")], errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("expected true or false, found 'maybe'", errors[0].Message);
    }

    [Fact]
    public void Organizations_are_checked()
    {
        var yaml = "- {name: 'KCNA', aliases: [], kind: news, country: DPRK}\n- {name: 'UN', ambiguous: yes, members: 193}\n- {aliases: [X]}\n";
        var errors = Errors(() => KnowledgeFiles.ParseOrganizations(yaml, "organizations.yaml"));
        Assert.Equal([(1, "country"), (2, "members"), (3, "name")], errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void Trigger_files_are_checked()
    {
        var yaml = "Meeting:\n  strong: met with\n  weak: [huddled]\n  contxt: [envoy]\nMeetings:\n  strong: [met]\nVisit: [visited]\n";
        var errors = Errors(() => KnowledgeFiles.ParseTriggers(yaml, "triggers.yaml", fromUser: true));
        Assert.Equal(
            [(2, "Meeting.strong"), (4, "Meeting.contxt"), (5, "Meetings"), (7, "Visit")],
            errors.Select(e => (e.Line, e.Field)));
        Assert.StartsWith("unknown event type; expected one of ", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_files_are_checked_by_column()
    {
        var tsv = string.Join('\n', new[]
        {
            "canonical\tkind\tcountry\tlat\tlon\tpopulation\taliases",
            "Sinuiju\tcity\tPRK\t40.1\t124.4\t359341\tSinŭiju",
            "Kaesong\tcity\tNorth Korea\t\t\t\t",
            "Hamhung\tcity\tPRK\t91.5\t127.5\tmany\t",
            "\tcity\tPRK",
            "Nampo",
            "Wonsan\tcity\tPRK\t39.2\t127.4\t363127\tWonsan-si\textra",
            "Rason\tcity\tPRK",
        });
        var errors = Errors(() => KnowledgeFiles.ParsePlaces(tsv, "places.tsv"));
        Assert.Equal(
            [(3, "country"), (4, "lat"), (4, "population"), (5, "canonical"), (6, "kind"), (7, null)],
            errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("required column is missing", errors[4].Message);
    }

    [Fact]
    public void Errors_of_every_users_file_come_together_through_the_builder()
    {
        using var folder = new Cli.TempFolder();
        var officials = folder.File("officials.yaml", "- name: Kim\n  country: Korea\n");
        var titles = folder.File("titles.yaml", "- {phrase: Envoy, rank: sometimes}\n");
        var e = Assert.Throws<KnowledgeFileException>(() => new ExtractorBuilder().AddOfficialsFile(officials).AddTitlesFile(titles).Build());
        Assert.Equal([(officials, 2, "country"), (titles, 1, "rank")], e.Errors.Select(x => (x.File, x.Line, x.Field)));
    }

    [Fact]
    public void The_error_reads_file_line_field_message()
    {
        Assert.Equal("a.yaml:3: country: bad", new KnowledgeFileError("a.yaml", 3, "country", "bad").ToString());
        Assert.Equal("a.yaml:3: bad", new KnowledgeFileError("a.yaml", 3, null, "bad").ToString());
    }

    private static KnowledgeFileError OneError(Action parse) => Assert.Single(Errors(parse));

    private static IReadOnlyList<KnowledgeFileError> Errors(Action parse) => Assert.Throws<KnowledgeFileException>(parse).Errors;
}
