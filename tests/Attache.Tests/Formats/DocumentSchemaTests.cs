using System.Text.Json.Nodes;
using Attache.Documents;
using Attache.Formats;
using Attache.Tests.Cli;
using Json.Schema;

namespace Attache.Tests.Formats;

/// <summary>
/// Holds the document JSON to its published contract, <c>docs/document.schema.json</c>: what the command
/// writes for the seeds and for edge cases follows it, documents that break it are rejected (so the
/// schema constrains something), and its enums are the library's (so it cannot go stale silently).
/// </summary>
public class DocumentSchemaTests
{
    private const string DatedArticle =
        "PYONGYANG, Jan. 30 (KCNA) -- Kim Jong Un met Chinese President Xi Jinping in Pyongyang on Monday.\n" +
        "North Korea launched a ballistic missile in May 2016.\n" +
        "The two countries signed a trade agreement in 2015.\n";

    private static readonly DateOnly DatedArticlePublished = new(2017, 1, 31);

    private static readonly string SchemaText = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "document.schema.json"));

    // One schema object for every test: parsing it once is enough, and its base URI stays one.
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    // `format: date` is only an annotation in draft 2020-12 unless the validator is asked to assert it.
    private static readonly EvaluationOptions Options = new() { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> Seeds => new(RepoPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension)!);

    public static TheoryData<string> Mutations => new(MutationsByName.Keys);

    /// <summary>Ways to break a valid document; each must be rejected.</summary>
    private static Dictionary<string, Action<JsonObject>> MutationsByName { get; } = new()
    {
        ["unknown top-level property"] = d => d["language"] = "en",
        ["unknown mention property"] = d => Mention(d)["score"] = 1,
        ["unknown trigger property"] = d => (Event(d)["trigger"]!.AsObject())["lemma"] = "meet",
        ["mention type not in the enum"] = d => Mention(d)["type"] = "Minister",
        ["source in the enum's C# spelling"] = d => Mention(d)["source"] = nameof(MentionSource.Rule),
        ["event type not in the enum"] = d => Event(d)["type"] = "Summit",
        ["cameo of another event type"] = d => Event(d)["cameo"] = EventCodes.Cameo(EventType.Sanctions),
        ["date not YYYY[-MM[-DD]]"] = d => Event(d)["date"] = "30/01/2017",
        ["published not a date"] = d => d["published"] = "2017-13-45",
        ["missing events"] = d => d.Remove("events"),
        ["missing mention source"] = d => Mention(d).Remove("source"),
        ["null canonical instead of absent"] = d => Mention(d)["canonical"] = null,
        ["negative mention index"] = d => d["relations"]!.AsArray().Add(new JsonObject { ["type"] = "HasTitle", ["from"] = -1, ["to"] = 0 }),
        ["negative entity id"] = d => Event(d)["place"] = -1,
        ["confidence above 1"] = d => Event(d)["confidence"] = 1.5,
        ["offset as a string"] = d => Mention(d)["start"] = "0",
        ["country not alpha-3"] = d => Mention(d)["country"] = "KP",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_json_extract_writes_for_each_seed_follows_the_schema(string seed)
    {
        var (code, output, error) = CliRunner.Run(null, "extract", Path.Combine(RepoPaths.Seeds, seed + ".txt"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        AssertValid(JsonNode.Parse(output), seed);
    }

    [Fact]
    public void Every_line_of_jsonl_output_over_the_seeds_follows_the_schema()
    {
        var (code, output, error) = CliRunner.Run(null, "extract", RepoPaths.Seeds, "--format", "jsonl", "--published", "2018-06-12");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RepoPaths.SeedFiles.Count(), lines.Length);
        foreach (var line in lines)
        {
            var document = JsonNode.Parse(line)!;
            Assert.Equal("2018-06-12", (string?)document["published"]);
            AssertValid(document, line[..Math.Min(line.Length, 80)]);
        }
    }

    [Fact]
    public void An_empty_text_gives_a_document_that_follows_the_schema()
    {
        var document = Extractor.CreateDefault().Extract(string.Empty, new ExtractOptions { Id = "empty" });

        var json = JsonNode.Parse(DocumentJsonWriter.ToJson(document))!;

        Assert.Empty(json["mentions"]!.AsArray());
        AssertValid(json, "empty");
    }

    [Fact]
    public void A_document_with_dated_placed_events_follows_the_schema_with_every_optional_property()
    {
        var json = DatedDocument();

        AssertValid(json, "dated");
        var events = json["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Contains(events, e => e.ContainsKey("date") && e.ContainsKey("place") && e["participants"]!.AsArray().Count > 0);

        // The article fixes a day, a month and a year: each of the three date forms the schema allows occurs.
        var dateLengths = events.Where(e => e.ContainsKey("date")).Select(e => ((string)e["date"]!).Length).Distinct().Order();
        Assert.Equal(["YYYY".Length, "YYYY-MM".Length, "YYYY-MM-DD".Length], dateLengths);
        var mentions = json["mentions"]!.AsArray().Select(m => m!.AsObject()).ToList();
        Assert.Contains(mentions, m => m.ContainsKey("canonical") && m.ContainsKey("country") && m.ContainsKey("entity"));
        Assert.Contains(mentions, m => !m.ContainsKey("entity"));
    }

    [Fact]
    public void Every_property_the_schema_names_is_one_the_writer_emits()
    {
        // additionalProperties: false holds the writer to the schema; this holds the schema to the writer,
        // over a document in which every optional property occurs at least once.
        var json = DatedDocument();
        var definitions = JsonNode.Parse(SchemaText)!["$defs"]!;

        Assert.Equal(PropertiesOf(JsonNode.Parse(SchemaText)!), json.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (kind, items) in new[] { ("mention", "mentions"), ("entity", "entities"), ("relation", "relations"), ("event", "events") })
        {
            var emitted = json[items]!.AsArray().SelectMany(o => o!.AsObject().Select(p => p.Key)).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(PropertiesOf(definitions[kind]!), emitted);
        }

        var trigger = json["events"]!.AsArray()[0]!["trigger"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(PropertiesOf(definitions["trigger"]!), trigger);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_document_that_breaks_the_contract_is_rejected(string mutation)
    {
        var json = DatedDocument();
        AssertValid(json, "dated");

        MutationsByName[mutation](json.AsObject());

        Assert.False(Schema.Evaluate(json, Options).IsValid, $"'{mutation}' was accepted");
    }

    [Fact]
    public void The_schemas_enums_are_the_librarys()
    {
        var definitions = JsonNode.Parse(SchemaText)!["$defs"]!;

        Assert.Equal(Enum.GetNames<MentionType>(), EnumOf(definitions["mentionType"]!));
        Assert.Equal(Enum.GetNames<EventType>(), EnumOf(definitions["eventType"]!));
        Assert.Equal(Enum.GetNames<RelationType>(), EnumOf(definitions["relationType"]!));

        // The writer lower-cases the source's name.
        Assert.Equal(Enum.GetNames<MentionSource>().Select(n => n.ToLowerInvariant()), EnumOf(definitions["source"]!));
    }

    [Fact]
    public void The_schema_fixes_each_event_types_cameo_code_as_the_library_does()
    {
        var rules = JsonNode.Parse(SchemaText)!["$defs"]!["event"]!["allOf"]!.AsArray()
            .ToDictionary(
                r => (string)r!["if"]!["properties"]!["type"]!["const"]!,
                r => (string)r!["then"]!["properties"]!["cameo"]!["const"]!);

        Assert.Equal(Enum.GetNames<EventType>().Order(StringComparer.Ordinal), rules.Keys.Order(StringComparer.Ordinal));
        foreach (var type in Enum.GetValues<EventType>())
        {
            Assert.Equal(EventCodes.Cameo(type), rules[type.ToString()]);
        }
    }

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        var results = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(SchemaText), Options);

        Assert.True(results.IsValid, Describe(results));
    }

    private static JsonNode DatedDocument()
    {
        var document = Extractor.CreateDefault().Extract(DatedArticle, new ExtractOptions { Id = "dated", Published = DatedArticlePublished });
        return JsonNode.Parse(DocumentJsonWriter.ToJson(document))!;
    }

    private static JsonObject Mention(JsonObject document) => document["mentions"]!.AsArray()[0]!.AsObject();

    private static JsonObject Event(JsonObject document) => document["events"]!.AsArray()[0]!.AsObject();

    private static IEnumerable<string> PropertiesOf(JsonNode schema) =>
        schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    private static IEnumerable<string> EnumOf(JsonNode definition) =>
        definition["enum"]!.AsArray().Select(v => (string)v!);

    private static void AssertValid(JsonNode? json, string what)
    {
        var results = Schema.Evaluate(json, Options);
        Assert.True(results.IsValid, $"{what}: {Describe(results)}");
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")));
}
