using Attache.Documents;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attache.Knowledge;

/// <summary>Reads the knowledge files: the shipped ones (embedded resources) and users' own.</summary>
internal static class KnowledgeFiles
{
    /// <summary>The prefix of the knowledge files' embedded resource names.</summary>
    public const string ResourcePrefix = "Attache.Knowledge.";

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

    public static List<OfficialRecord> ParseOfficials(string yaml, string file)
    {
        var result = new List<OfficialRecord>();
        foreach (var (node, map) in Entries(yaml, file))
        {
            var name = Required(map, "name", node, file);
            var family = Optional(map, "family") ?? name.Split(' ')[0];
            var roles = new List<RoleRecord>();
            if (map.Children.TryGetValue(new YamlScalarNode("roles"), out var rolesNode) && rolesNode is YamlSequenceNode roleList)
            {
                foreach (var role in roleList.Children.OfType<YamlMappingNode>())
                {
                    roles.Add(new RoleRecord(Required(role, "title", role, file), Optional(role, "from"), Optional(role, "to")));
                }
            }

            result.Add(new OfficialRecord(name, family, Required(map, "country", node, file), List(map, "aliases"), roles, Optional(map, "body")));
        }

        return result;
    }

    public static List<TitleRecord> ParseTitles(string yaml, string file)
    {
        var result = new List<TitleRecord>();
        foreach (var (node, map) in Entries(yaml, file))
        {
            var category = Optional(map, "category") ?? "government";
            var isRank = Optional(map, "rank") is "true" or "yes";
            result.Add(new TitleRecord(Required(map, "phrase", node, file), category, isRank));
            foreach (var variant in List(map, "variants"))
            {
                result.Add(new TitleRecord(variant, category, isRank));
            }
        }

        return result;
    }

    public static List<OrganizationRecord> ParseOrganizations(string yaml, string file)
    {
        var result = new List<OrganizationRecord>();
        foreach (var (node, map) in Entries(yaml, file))
        {
            result.Add(new OrganizationRecord(
                Required(map, "name", node, file),
                List(map, "aliases"),
                Optional(map, "kind") ?? "other",
                Optional(map, "country"),
                Optional(map, "ambiguous") is "true" or "yes"));
        }

        return result;
    }

    /// <summary>
    /// Parses a trigger lexicon: a mapping from event type to <c>strong</c>, <c>weak</c> and
    /// <c>context</c> phrase lists.
    /// </summary>
    public static (List<TriggerRecord> Triggers, Dictionary<EventType, HashSet<string>> Context) ParseTriggers(string yaml, string file, bool fromUser = false)
    {
        var triggers = new List<TriggerRecord>();
        var context = new Dictionary<EventType, HashSet<string>>();
        var root = Root(yaml, file);
        if (root is null)
        {
            return (triggers, context);
        }

        if (root is not YamlMappingNode types)
        {
            throw new KnowledgeFileException($"{file}:{root.Start.Line}: expected a mapping from event type to strong/weak/context lists");
        }

        foreach (var (key, value) in types.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (!Enum.TryParse<EventType>(name, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                throw new KnowledgeFileException($"{file}:{key.Start.Line}: unknown event type '{name}'; expected one of {string.Join(", ", Enum.GetNames<EventType>())}");
            }

            if (value is not YamlMappingNode map)
            {
                throw new KnowledgeFileException($"{file}:{value.Start.Line}: expected strong/weak/context lists under {name}");
            }

            triggers.AddRange(List(map, "strong").Select(p => new TriggerRecord(type, p, Weak: false, fromUser)));
            triggers.AddRange(List(map, "weak").Select(p => new TriggerRecord(type, p, Weak: true, fromUser)));
            context[type] = new HashSet<string>(List(map, "context").Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        }

        return (triggers, context);
    }

    /// <summary>Parses <c>canonical, kind, country, lat, lon, population, aliases</c> rows; <c>#</c> lines are comments.</summary>
    public static List<PlaceRecord> ParsePlaces(string tsv, string file)
    {
        var result = new List<PlaceRecord>();
        var lineNumber = 0;
        foreach (var line in tsv.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("canonical\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 2 || f[0].Length == 0)
            {
                throw new KnowledgeFileException($"{file}:{lineNumber}: expected 'canonical<TAB>kind<TAB>country<TAB>lat<TAB>lon<TAB>population<TAB>aliases'");
            }

            var population = f.Length > 5 && long.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var aliases = f.Length > 6 && f[6].Length > 0 ? f[6].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            result.Add(new PlaceRecord(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null, aliases, population));
        }

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

    private static IEnumerable<(YamlNode Node, YamlMappingNode Map)> Entries(string yaml, string file)
    {
        var root = Root(yaml, file);
        if (root is null)
        {
            yield break;
        }

        if (root is not YamlSequenceNode list)
        {
            throw new KnowledgeFileException($"{file}:{root.Start.Line}: expected a list of entries");
        }

        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode map)
            {
                throw new KnowledgeFileException($"{file}:{node.Start.Line}: expected an entry with keys");
            }

            yield return (node, map);
        }
    }

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
            throw new KnowledgeFileException($"{file}:{e.Start.Line}: {e.Message}", e);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static string Required(YamlMappingNode map, string key, YamlNode node, string file) =>
        Optional(map, key) ?? throw new KnowledgeFileException($"{file}:{node.Start.Line}: entry has no '{key}'");

    private static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } && text != "null" && text != "~"
            ? text
            : null;

    private static string[] List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value!).Where(s => s.Length > 0).ToArray()
            : [];
}
