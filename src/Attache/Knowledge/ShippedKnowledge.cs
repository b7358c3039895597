using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>
/// The knowledge files shipped inside the library, parsed: what <see cref="KnowledgeBase.Default"/> is
/// built from. At run time it comes from <see cref="KnowledgeSnapshot"/>, a compact binary form of the
/// same records, because parsing the YAML was most of start-up; a test holds the snapshot to the files.
/// </summary>
internal sealed record ShippedKnowledge(
    List<OfficialRecord> Officials,
    List<TitleRecord> Titles,
    List<OrganizationRecord> Organizations,
    List<PlaceRecord> Places,
    Dictionary<string, string> Demonyms,
    List<TriggerRecord> Triggers,
    Dictionary<EventType, HashSet<string>> TriggerContext)
{
    /// <summary>The embedded resource that holds the snapshot.</summary>
    public const string SnapshotFile = "knowledge.bin";

    /// <summary>Parses the shipped knowledge files (YAML and TSV).</summary>
    public static ShippedKnowledge Parse()
    {
        var (triggers, context) = KnowledgeFiles.ParseTriggers(KnowledgeFiles.ReadResource("triggers.yaml"), "triggers.yaml");
        return new ShippedKnowledge(
            KnowledgeFiles.ParseOfficials(KnowledgeFiles.ReadResource("officials.yaml"), "officials.yaml"),
            [.. KnowledgeFiles.ParseTitles(KnowledgeFiles.ReadResource("titles.yaml"), "titles.yaml"), .. PersonRoles(KnowledgeFiles.ReadResource("person-roles.txt"))],
            KnowledgeFiles.ParseOrganizations(KnowledgeFiles.ReadResource("organizations.yaml"), "organizations.yaml"),
            KnowledgeFiles.ParsePlaces(KnowledgeFiles.ReadResource("places.tsv"), "places.tsv"),
            KnowledgeFiles.ParseDemonyms(KnowledgeFiles.ReadResource("demonyms.tsv")),
            triggers,
            context);
    }

    /// <summary>Reads the embedded snapshot.</summary>
    public static ShippedKnowledge Load()
    {
        using var stream = typeof(ShippedKnowledge).Assembly.GetManifestResourceStream(KnowledgeFiles.ResourcePrefix + SnapshotFile)
            ?? throw new InvalidOperationException($"the library holds no {SnapshotFile}");
        return KnowledgeSnapshot.Read(stream);
    }

    private static IEnumerable<TitleRecord> PersonRoles(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => new TitleRecord(l, "nonofficial", false));
}
