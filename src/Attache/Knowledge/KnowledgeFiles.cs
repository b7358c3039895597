using Attache.Documents;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attache.Knowledge;

/// <summary>Reads the knowledge files: the shipped ones (embedded resources) and users' own.</summary>
internal static class KnowledgeFiles
{
    /// <summary>The prefix of the knowledge files' embedded resource names.</summary>
    public const string ResourcePrefix = "Attache.Knowledge.";

    /// <summary>The category of a title entry that names none.</summary>
    public const string DefaultTitleCategory = "government";

    /// <summary>The kind of an organisation entry that names none.</summary>
    public const string DefaultOrganizationKind = "other";

    /// <summary>The largest latitude, in degrees either side of the equator.</summary>
    public const double MaxLatitude = 90;

    /// <summary>The largest longitude, in degrees either side of Greenwich.</summary>
    public const double MaxLongitude = 180;

    /// <summary>The columns of a places file, as its header row names them.</summary>
    public static readonly string[] PlaceColumns = Enum.GetValues<PlaceColumn>().Select(PlaceRow.Name).ToArray();

    /// <param name="fileName">The file's name.</param>
    /// <param name="prefix">The resource prefix of the folder the file is in (a later stage's language data has its own).</param>
    public static string ReadResource(string fileName, string prefix = ResourcePrefix)
    {
        var name = prefix + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new KnowledgeFileException($"embedded resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Parses a list of officials: <c>name</c> and <c>country</c> required, <c>family</c>, <c>aliases</c>,
    /// <c>roles</c> (each <c>title</c> required, <c>from</c>, <c>to</c>) and <c>body</c> optional.
    /// </summary>
    /// <exception cref="KnowledgeFileException">Every error in the file, with line and field.</exception>
    public static List<OfficialRecord> ParseOfficials(string yaml, string file)
    {
        var errors = new KnowledgeErrors(file);
        var result = new List<OfficialRecord>();
        foreach (var entry in Entries(yaml, errors))
        {
            var name = entry.Text("name", required: true);
            var family = entry.Text("family");
            var country = entry.Country("country", required: true);
            var aliases = entry.List("aliases");
            var roles = new List<RoleRecord>();
            foreach (var role in entry.Entries("roles"))
            {
                var title = role.Text("title", required: true);
                var from = role.Date("from");
                var to = role.Date("to");
                role.RejectUnknownKeys();
                if (title is not null)
                {
                    roles.Add(new RoleRecord(title, from, to));
                }
            }

            var body = entry.Text("body");
            entry.RejectUnknownKeys();
            if (name is not null && country is not null)
            {
                result.Add(new OfficialRecord(name, family ?? name.Split(' ')[0], country, aliases, roles, body));
            }
        }

        errors.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// Parses a list of titles: <c>phrase</c> required, <c>category</c> (default government), <c>rank</c>,
    /// <c>variants</c> (further phrases of the same title) and <c>org_kind</c> optional.
    /// </summary>
    /// <exception cref="KnowledgeFileException">Every error in the file, with line and field.</exception>
    public static List<TitleRecord> ParseTitles(string yaml, string file)
    {
        var errors = new KnowledgeErrors(file);
        var result = new List<TitleRecord>();
        foreach (var entry in Entries(yaml, errors))
        {
            var phrase = entry.Text("phrase", required: true);
            var category = entry.Text("category") ?? DefaultTitleCategory;
            var isRank = entry.Flag("rank");
            var variants = entry.List("variants");
            // Documented for the kind of body an 'of the ...' tail names; read by no stage yet, but a known key.
            _ = entry.Text("org_kind");
            entry.RejectUnknownKeys();
            if (phrase is not null)
            {
                result.Add(new TitleRecord(phrase, category, isRank));
                result.AddRange(variants.Select(variant => new TitleRecord(variant, category, isRank)));
            }
        }

        errors.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// Parses a list of organisations: <c>name</c> required, <c>aliases</c>, <c>kind</c> (default other),
    /// <c>country</c> and <c>ambiguous</c> optional.
    /// </summary>
    /// <exception cref="KnowledgeFileException">Every error in the file, with line and field.</exception>
    public static List<OrganizationRecord> ParseOrganizations(string yaml, string file)
    {
        var errors = new KnowledgeErrors(file);
        var result = new List<OrganizationRecord>();
        foreach (var entry in Entries(yaml, errors))
        {
            var name = entry.Text("name", required: true);
            var aliases = entry.List("aliases");
            var kind = entry.Text("kind") ?? DefaultOrganizationKind;
            var country = entry.Country("country");
            var ambiguous = entry.Flag("ambiguous");
            entry.RejectUnknownKeys();
            if (name is not null)
            {
                result.Add(new OrganizationRecord(name, aliases, kind, country, ambiguous));
            }
        }

        errors.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// Parses a trigger lexicon: a mapping from event type to <c>strong</c>, <c>weak</c> and
    /// <c>context</c> phrase lists.
    /// </summary>
    /// <exception cref="KnowledgeFileException">Every error in the file, with line and field.</exception>
    public static (List<TriggerRecord> Triggers, Dictionary<EventType, HashSet<string>> Context) ParseTriggers(string yaml, string file, bool fromUser = false)
    {
        var errors = new KnowledgeErrors(file);
        var triggers = new List<TriggerRecord>();
        var context = new Dictionary<EventType, HashSet<string>>();
        var root = Root(yaml, file);
        if (root is null)
        {
            return (triggers, context);
        }

        if (root is not YamlMappingNode types)
        {
            errors.Add(root, null, $"expected a mapping from event type to strong/weak/context lists, found {YamlEntry.Shape(root)}");
            errors.ThrowIfAny();
            return (triggers, context);
        }

        foreach (var (key, value) in types.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var known = Enum.TryParse<EventType>(name, ignoreCase: false, out var type) && Enum.IsDefined(type) && name == type.ToString();
            if (!known)
            {
                errors.Add(key, name, $"unknown event type; expected one of {string.Join(", ", Enum.GetNames<EventType>())}");
            }

            if (value is not YamlMappingNode map)
            {
                errors.Add(value, name, $"expected a mapping of strong/weak/context lists, found {YamlEntry.Shape(value)}");
                continue;
            }

            var entry = new YamlEntry(map, errors, name);
            var strong = entry.List("strong");
            var weak = entry.List("weak");
            var contextWords = entry.List("context");
            entry.RejectUnknownKeys();
            if (known)
            {
                triggers.AddRange(strong.Select(p => new TriggerRecord(type, p, Weak: false, fromUser)));
                triggers.AddRange(weak.Select(p => new TriggerRecord(type, p, Weak: true, fromUser)));
                context[type] = new HashSet<string>(contextWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
            }
        }

        errors.ThrowIfAny();
        return (triggers, context);
    }

    /// <summary>
    /// Parses <c>canonical, kind, country, lat, lon, population, aliases</c> rows (trailing empty columns
    /// may be left out); <c>#</c> lines are comments, and a header row naming the columns is skipped.
    /// </summary>
    /// <exception cref="KnowledgeFileException">Every error in the file, with line and column.</exception>
    public static List<PlaceRecord> ParsePlaces(string tsv, string file)
    {
        var errors = new KnowledgeErrors(file);
        var result = new List<PlaceRecord>();
        var lineNumber = 0;
        foreach (var line in tsv.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith(PlaceColumns[0] + "\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length > PlaceColumns.Length)
            {
                errors.Add(lineNumber, null, $"expected at most {PlaceColumns.Length} tab-separated columns ({string.Join(", ", PlaceColumns)}), found {f.Length}");
                continue;
            }

            var row = new PlaceRow(f, lineNumber, errors);
            var canonical = row.Required(PlaceColumn.Canonical);
            var kind = row.Required(PlaceColumn.Kind);
            var country = row.Country();
            row.Coordinate(PlaceColumn.Lat, MaxLatitude);
            row.Coordinate(PlaceColumn.Lon, MaxLongitude);
            var population = row.Population();
            var aliases = row.Aliases();
            if (canonical is not null && kind is not null)
            {
                result.Add(new PlaceRecord(canonical, kind, country, aliases, population));
            }
        }

        errors.ThrowIfAny();
        return result;
    }

    /// <summary>Parses <c>demonym, ISO3</c> rows.</summary>
    public static Dictionary<string, string> ParseDemonyms(string tsv)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n'))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length >= 2 && f[0].Length > 0 && f[0][0] != '#' && f[0] != "demonym")
            {
                result.TryAdd(f[0], f[1]);
            }
        }

        return result;
    }

    /// <summary>The entries of a file that is a list of mappings; anything else in the list is an error, and reading goes on.</summary>
    private static IEnumerable<YamlEntry> Entries(string yaml, KnowledgeErrors errors)
    {
        var root = Root(yaml, errors.File);
        if (root is null)
        {
            yield break;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(root, null, $"expected a list of entries (- key: value), found {YamlEntry.Shape(root)}");
            yield break;
        }

        foreach (var node in list.Children)
        {
            if (node is YamlMappingNode map)
            {
                yield return new YamlEntry(map, errors);
            }
            else
            {
                errors.Add(node, null, $"expected an entry with keys (- key: value), found {YamlEntry.Shape(node)}");
            }
        }
    }

    /// <summary>The file's first document, or null for an empty file; YAML that does not parse is an error read no further.</summary>
    private static YamlNode? Root(string yaml, string file)
    {
        YamlLimits.Check(yaml, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw KnowledgeErrors.One(file, e.Start, e.Message, e);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }
}
