using System.Text;
using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

/// <summary>Users' knowledge files: hostile or malformed YAML is a <see cref="KnowledgeFileException"/> naming file and line, never a crash.</summary>
public class KnowledgeYamlTests
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "unclosed", "- name: [Kim\n" },
        { "tab-indent", "- name: Kim\n\tcountry: PRK\n" },
        { "unknown-alias", "- name: *nowhere\n  country: PRK\n" },
        { "duplicate-key", "- name: Kim\n  name: Jong\n  country: PRK\n" },
        { "scalar-root", "just text\n" },
        { "entry-not-mapping", "- Kim\n" },
        { "no-country", "- name: Kim\n" },
        { "bad-directive", "%YAML 9.9\n---\n- name: Kim\n" },
        { "two-documents-broken", "- name: Kim\n  country: PRK\n---\n- [\n" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_yaml_names_file_and_line(string name, string yaml)
    {
        var e = Record.Exception(() => KnowledgeFiles.ParseOfficials(yaml, name + ".yaml"));
        Assert.IsType<KnowledgeFileException>(e);
        Assert.Matches($@"^{name}\.yaml:\d+: ", e.Message);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_trigger_files_name_file_and_line(string name, string yaml)
    {
        var e = Record.Exception(() => KnowledgeFiles.ParseTriggers(yaml, name + ".yaml", fromUser: true));
        Assert.IsType<KnowledgeFileException>(e);
        Assert.Matches($@"^{name}\.yaml:\d+: ", e.Message);
    }

    [Fact]
    public void A_trigger_type_that_is_not_a_name_is_reported()
    {
        var e = Assert.Throws<KnowledgeFileException>(() => KnowledgeFiles.ParseTriggers("? [Meeting]\n: {strong: [met]}\n", "t.yaml", fromUser: true));
        Assert.StartsWith("t.yaml:1: unknown event type", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(YamlLimits.MaxDepth + 1)]
    public void Deep_nesting_is_an_error_with_file_and_line_not_a_stack_overflow(int depth)
    {
        var yaml = "- name: Kim\n  country: PRK\n  aliases: " + new string('[', depth) + "\n";
        var e = Assert.Throws<KnowledgeFileException>(() => KnowledgeFiles.ParseOfficials(yaml, "deep.yaml"));
        Assert.StartsWith("deep.yaml:3: lists and mappings nested deeper than", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var nested = new string('[', YamlLimits.MaxDepth - 3) + "x" + new string(']', YamlLimits.MaxDepth - 3);
        var yaml = $"- name: Kim\n  country: PRK\n  aliases: [Jong, {nested}]\n";
        YamlLimits.Check(yaml, "ok.yaml");
        // Within the limit the file is read, and the schema, not the limit, refuses a list inside the aliases.
        var e = Assert.Throws<KnowledgeFileException>(() => KnowledgeFiles.ParseOfficials(yaml, "ok.yaml"));
        Assert.Equal(new KnowledgeFileError("ok.yaml", 3, "aliases", "expected text in the list, found a list"), Assert.Single(e.Errors));
    }

    [Fact]
    public void Entries_sharing_a_large_anchored_list_are_refused_before_they_are_expanded()
    {
        // N entries each aliasing one list of N names: a small file that stands for N * N nodes.
        const int n = 2_000;
        var yaml = new StringBuilder();
        yaml.Append("- name: Kim\n  country: PRK\n  aliases: &names [").AppendJoin(", ", Enumerable.Range(0, n).Select(i => $"n{i}")).Append("]\n");
        for (var i = 0; i < n; i++)
        {
            yaml.Append("- name: Kim").Append(i).Append("\n  country: PRK\n  aliases: *names\n");
        }

        var e = Assert.Throws<KnowledgeFileException>(() => KnowledgeFiles.ParseOfficials(yaml.ToString(), "aliases.yaml"));
        Assert.Matches(@"^aliases\.yaml:\d+: the file stands for more than", e.Message);
    }

    [Fact]
    public void A_few_aliases_are_read()
    {
        var officials = KnowledgeFiles.ParseOfficials("- name: Kim\n  country: PRK\n  aliases: &a [Jong, Un]\n- name: Kim Two\n  country: PRK\n  aliases: *a\n", "ok.yaml");
        Assert.Equal(["Jong", "Un"], officials[1].Aliases);
    }

    [Fact]
    public void The_shipped_files_keep_well_within_the_limits()
    {
        foreach (var file in new[] { "officials.yaml", "titles.yaml", "organizations.yaml", "triggers.yaml" })
        {
            YamlLimits.Check(KnowledgeFiles.ReadResource(file), file);
        }
    }

    [Fact]
    public void A_users_file_through_the_builder_is_reported_with_file_and_line()
    {
        using var folder = new Cli.TempFolder();
        var path = folder.File("officials.yaml", "- name: Kim\n  country: PRK\n  aliases: " + new string('[', 100_000) + "\n");
        var e = Assert.Throws<KnowledgeFileException>(() => new ExtractorBuilder().AddOfficialsFile(path).Build());
        Assert.StartsWith(path + ":3: ", e.Message, StringComparison.Ordinal);
    }
}
