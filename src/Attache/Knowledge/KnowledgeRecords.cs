using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>
/// The records of a set of knowledge files, parsed: the shipped ones (<see cref="Parse"/>, or at run
/// time <see cref="Load"/> from <see cref="KnowledgeSnapshot"/>, a compact binary form of the same
/// records, because parsing the YAML was most of start-up; a test holds the snapshot to the files),
/// or those merged with a user's own, which a <see cref="KnowledgeBase"/> indexes.
/// </summary>
internal sealed record KnowledgeRecords(
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

    /// <summary>
    /// The match parts of phrases that are not plain words (<c>Guinea-Bissau</c>, <c>Xi'an</c>),
    /// split by the tokenizer when the snapshot was written: running the tokenizer over the 2,370
    /// such phrases was a quarter of building the knowledge base. Empty for parsed files,
    /// whose phrases the knowledge base splits itself.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> SplitPhrases { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Every phrase a <see cref="KnowledgeBase"/> matches, as the records write it.</summary>
    public IEnumerable<string> Phrases() =>
        Officials.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(Titles.Select(t => t.Phrase))
            .Concat(Organizations.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(Places.SelectMany(p => p.Aliases.Prepend(p.Canonical)))
            .Concat(Demonyms.Keys)
            .Concat(Triggers.Select(t => t.Phrase));

    /// <summary>The match parts of a phrase: from <see cref="SplitPhrases"/> when it holds the phrase.</summary>
    public string[] Split(string phrase) => SplitPhrases.TryGetValue(phrase, out var parts) ? parts : PhraseMatcher.Split(phrase);

    /// <summary>Parses the shipped knowledge files (YAML and TSV).</summary>
    public static KnowledgeRecords Parse()
    {
        var (triggers, context) = KnowledgeFiles.ParseTriggers(KnowledgeFiles.ReadResource("triggers.yaml"), "triggers.yaml");
        return new KnowledgeRecords(
            KnowledgeFiles.ParseOfficials(KnowledgeFiles.ReadResource("officials.yaml"), "officials.yaml"),
            [.. KnowledgeFiles.ParseTitles(KnowledgeFiles.ReadResource("titles.yaml"), "titles.yaml"), .. PersonRoles(KnowledgeFiles.ReadResource("person-roles.txt"))],
            KnowledgeFiles.ParseOrganizations(KnowledgeFiles.ReadResource("organizations.yaml"), "organizations.yaml"),
            KnowledgeFiles.ParsePlaces(KnowledgeFiles.ReadResource("places.tsv"), "places.tsv"),
            KnowledgeFiles.ParseDemonyms(KnowledgeFiles.ReadResource("demonyms.tsv")),
            triggers,
            context);
    }

    /// <summary>Reads the embedded snapshot.</summary>
    public static KnowledgeRecords Load()
    {
        using var stream = typeof(KnowledgeRecords).Assembly.GetManifestResourceStream(KnowledgeFiles.ResourcePrefix + SnapshotFile)
            ?? throw new InvalidOperationException($"the library holds no {SnapshotFile}");
        return KnowledgeSnapshot.Read(stream);
    }

    private static IEnumerable<TitleRecord> PersonRoles(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => new TitleRecord(l, "nonofficial", false));
}
