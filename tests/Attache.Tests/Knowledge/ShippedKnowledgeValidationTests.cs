using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

/// <summary>The shipped knowledge files keep the schema users' files are held to.</summary>
public class ShippedKnowledgeValidationTests
{
    private static readonly string Resources = Path.Combine(RepoPaths.Root, "src", "Attache", "Knowledge", "Resources");

    /// <summary>Each knowledge file users may also pass, with the reader that checks it.</summary>
    private static readonly Dictionary<string, Action<string, string>> Readers = new(StringComparer.Ordinal)
    {
        ["officials.yaml"] = (text, file) => KnowledgeFiles.ParseOfficials(text, file),
        ["titles.yaml"] = (text, file) => KnowledgeFiles.ParseTitles(text, file),
        ["organizations.yaml"] = (text, file) => KnowledgeFiles.ParseOrganizations(text, file),
        ["triggers.yaml"] = (text, file) => KnowledgeFiles.ParseTriggers(text, file),
        ["places.tsv"] = (text, file) => KnowledgeFiles.ParsePlaces(text, file),
    };

    public static TheoryData<string> Files => new(Readers.Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_shipped_knowledge_file_passes_validation(string file)
    {
        var e = Record.Exception(() => Readers[file](KnowledgeFiles.ReadResource(file), file));
        Assert.True(e is null, e?.Message);
    }

    [Fact]
    public void Every_shipped_yaml_file_is_validated()
    {
        var yaml = Directory.GetFiles(Resources, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(yaml, Readers.Keys.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_demonym_names_a_valid_country()
    {
        var demonyms = KnowledgeFiles.ParseDemonyms(KnowledgeFiles.ReadResource("demonyms.tsv"));
        Assert.NotEmpty(demonyms);
        Assert.DoesNotContain(demonyms, d => !CountryCodes.IsValid(d.Value));
    }

    [Fact]
    public void The_country_codes_are_the_gazetteers_countries()
    {
        // country-codes.txt and places.tsv come from one generator run: a code list that drifted from
        // the gazetteer would refuse the gazetteer's own countries or accept codes it has no country for.
        var countries = KnowledgeFiles.ParsePlaces(KnowledgeFiles.ReadResource("places.tsv"), "places.tsv")
            .Where(p => p.IsCountry)
            .Select(p => p.Country!);
        var codes = WordLists.ReadLines(CountryCodes.ResourceFile);
        Assert.Equal(codes.Order(StringComparer.Ordinal), countries.Append("XKX").Order(StringComparer.Ordinal));
    }
}
