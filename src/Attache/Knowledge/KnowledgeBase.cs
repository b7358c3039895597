using Attache.Documents;
using YamlDotNet.RepresentationModel;

namespace Attache.Knowledge;

/// <summary>
/// Everything the rules know: officials, titles, person roles, organisations, places, demonyms and
/// event triggers, with one <see cref="PhraseMatcher"/> over all of them. Immutable once built.
/// </summary>
internal sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(() => Build(KnowledgeSources.Empty));

    private KnowledgeBase(KnowledgeRecords records)
    {
        var (officials, titles, organizations, places, demonyms, triggers, triggerContext) = records;
        Officials = officials;
        OfficialNameWords = officials
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        Titles = titles;
        Organizations = organizations;
        Places = places;
        Demonyms = demonyms;
        Triggers = triggers;
        TriggerContext = triggerContext;
        NewsOrganizations = organizations.Where(o => o.Kind == NewsKind)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        CountryNames = places.Where(p => p.IsCountry && p.Country is not null)
            .GroupBy(p => p.Country!)
            .ToDictionary(g => g.Key, g => g.First().Canonical, StringComparer.Ordinal);
        OfficialsByFamily = officials
            .Select((o, i) => (o.Family, i))
            .GroupBy(x => x.Family, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
        OfficialsByName = officials
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Matcher = BuildMatcher(records);
    }

    /// <summary>The officials by canonical name (the first entry where a name repeats).</summary>
    public IReadOnlyDictionary<string, OfficialRecord> OfficialsByName { get; }

    public IReadOnlyList<OfficialRecord> Officials { get; }

    /// <summary>Every word of the officials' names and aliases, as written (<c>Jong</c>, <c>Un</c>, <c>Jong-un</c>).</summary>
    public IReadOnlySet<string> OfficialNameWords { get; }

    public IReadOnlyList<TitleRecord> Titles { get; }

    public IReadOnlyList<OrganizationRecord> Organizations { get; }

    /// <summary>The <c>kind</c> of news agencies and outlets in the organisations file.</summary>
    public const string NewsKind = "news";

    /// <summary>Names and aliases of news agencies and outlets: they report events and never take part in them.</summary>
    public IReadOnlySet<string> NewsOrganizations { get; }

    public IReadOnlyList<PlaceRecord> Places { get; }

    /// <summary>Demonym (<c>Chinese</c>) to ISO 3166-1 alpha-3 code.</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    public IReadOnlyList<TriggerRecord> Triggers { get; }

    /// <summary>Lower-cased context words that license an event type's weak triggers.</summary>
    public IReadOnlyDictionary<EventType, HashSet<string>> TriggerContext { get; }

    /// <summary>ISO 3166-1 alpha-3 code to the country's canonical English name.</summary>
    public IReadOnlyDictionary<string, string> CountryNames { get; }

    /// <summary>Family name to indexes of <see cref="Officials"/>.</summary>
    public IReadOnlyDictionary<string, int[]> OfficialsByFamily { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>The knowledge shipped inside the library, loaded once.</summary>
    public static KnowledgeBase Default => Shipped.Value;

    /// <summary>The shipped knowledge with the user's files merged in.</summary>
    /// <exception cref="KnowledgeFileException">Every error of every user file, each with file, line and field.</exception>
    public static KnowledgeBase Build(KnowledgeSources sources)
    {
        var shipped = KnowledgeRecords.Load();
        var errors = new List<KnowledgeFileError>();
        var officials = Merge(
            shipped.Officials,
            ReadAll(sources.OfficialFiles, KnowledgeFiles.ParseOfficials, errors).SelectMany(r => r),
            o => o.Name);
        var titles = shipped.Titles
            .Concat(ReadAll(sources.TitleFiles, KnowledgeFiles.ParseTitles, errors).SelectMany(r => r))
            .ToList();
        var organizations = Merge(
            shipped.Organizations,
            ReadAll(sources.OrganizationFiles, KnowledgeFiles.ParseOrganizations, errors).SelectMany(r => r),
            o => o.Name);
        var places = Merge(
            shipped.Places,
            ReadAll(sources.PlaceFiles, KnowledgeFiles.ParsePlaces, errors).SelectMany(r => r),
            p => p.Canonical + "\t" + p.Country);
        var userTriggerFiles = ReadAll(sources.TriggerFiles, (text, file) => KnowledgeFiles.ParseTriggers(text, file, fromUser: true), errors);
        if (errors.Count > 0)
        {
            throw new KnowledgeFileException(errors);
        }

        var demonyms = shipped.Demonyms;
        var (triggers, context) = (shipped.Triggers, shipped.TriggerContext);
        foreach (var (userTriggers, userContext) in userTriggerFiles)
        {
            triggers.AddRange(userTriggers);
            foreach (var (type, words) in userContext)
            {
                context[type] = context.TryGetValue(type, out var existing) ? [.. existing.Union(words)] : words;
            }
        }

        return new KnowledgeBase(new KnowledgeRecords(officials, titles, organizations, places, demonyms, triggers, context) { SplitPhrases = shipped.SplitPhrases });
    }

    /// <summary>The officials of the knowledge base who hold this family name.</summary>
    public IEnumerable<OfficialRecord> WithFamily(string family) =>
        OfficialsByFamily.TryGetValue(family, out var indexes) ? indexes.Select(i => Officials[i]) : [];

    private PhraseMatcher BuildMatcher(KnowledgeRecords records)
    {
        var matcher = new PhraseMatcher();
        for (var i = 0; i < Officials.Count; i++)
        {
            foreach (var parts in NameForms(Officials[i], records))
            {
                matcher.Add(parts, LexiconKind.Official, i, caseSensitive: true, fuzzy: true);
            }
        }

        for (var i = 0; i < Titles.Count; i++)
        {
            matcher.Add(records.Split(Titles[i].Phrase), LexiconKind.Title, i, caseSensitive: false, fuzzy: false);
        }

        for (var i = 0; i < Organizations.Count; i++)
        {
            var organization = Organizations[i];
            foreach (var form in organization.Aliases.Prepend(organization.Name))
            {
                matcher.Add(records.Split(form), LexiconKind.Organization, i, caseSensitive: true, fuzzy: false);
            }
        }

        for (var i = 0; i < Places.Count; i++)
        {
            var place = Places[i];
            foreach (var form in place.Aliases.Prepend(place.Canonical))
            {
                matcher.Add(records.Split(form), LexiconKind.Place, i, caseSensitive: true, fuzzy: true);
            }
        }

        var demonymIndex = 0;
        foreach (var demonym in Demonyms.Keys)
        {
            matcher.Add(records.Split(demonym), LexiconKind.Demonym, demonymIndex++, caseSensitive: true, fuzzy: false);
        }

        for (var i = 0; i < Triggers.Count; i++)
        {
            matcher.Add(records.Split(Triggers[i].Phrase), LexiconKind.Trigger, i, caseSensitive: false, fuzzy: false);
        }

        matcher.Seal();
        return matcher;
    }

    /// <summary>The parts of the name, of its aliases, and for Korean names of the joined given name (<c>Choe Ryonghae</c>).</summary>
    private static IEnumerable<string[]> NameForms(OfficialRecord official, KnowledgeRecords records)
    {
        foreach (var form in official.Aliases.Prepend(official.Name))
        {
            var parts = records.Split(form);
            yield return parts;
            if (parts.Length == 3 && official.Country is "PRK" or "KOR" && parts[0] == official.Family)
            {
                yield return records.Split($"{parts[0]} {parts[1]}{parts[2].ToLowerInvariant()}");
            }
        }
    }

    /// <summary>
    /// Parses each file, collecting the errors of them all, so one run reports every bad file rather
    /// than stopping at the first.
    /// </summary>
    private static List<TResult> ReadAll<TResult>(IEnumerable<string> files, Func<string, string, TResult> parse, List<KnowledgeFileError> errors)
    {
        var results = new List<TResult>();
        foreach (var file in files)
        {
            try
            {
                results.Add(parse(File.ReadAllText(file), file));
            }
            catch (KnowledgeFileException e) when (e.Errors.Count > 0)
            {
                errors.AddRange(e.Errors);
            }
        }

        return results;
    }

    private static List<T> Merge<T>(List<T> shipped, IEnumerable<T> user, Func<T, string> key)
    {
        var userList = user.ToList();
        if (userList.Count == 0)
        {
            return shipped;
        }

        var replaced = new HashSet<string>(userList.Select(key), StringComparer.Ordinal);
        return shipped.Where(r => !replaced.Contains(key(r))).Concat(userList).ToList();
    }
}
