using Attache.Events;
using Attache.Knowledge;
using Attache.Linking;
using Attache.Models;
using Attache.Rules;
using Attache.Text;

namespace Attache;

/// <summary>
/// Builds an <see cref="Extractor"/>: starts from the default pipeline and lets you insert,
/// replace or remove components by name.
/// </summary>
/// <example>
/// <code>
/// var extractor = new ExtractorBuilder()
///     .InsertAfter("sentences", new MyComponent())
///     .Build();
/// </code>
/// </example>
public sealed class ExtractorBuilder
{
    private readonly List<Stage> _components;
    private readonly List<string> _officialFiles = [];
    private readonly List<string> _titleFiles = [];
    private readonly List<string> _organizationFiles = [];
    private readonly List<string> _placeFiles = [];
    private readonly List<string> _triggerFiles = [];
    private Func<ModelSet?> _models = () => ModelStore.Embedded;
    private CombinationSettings? _combination;
    private LanguageProfile _language = LanguageProfile.English;

    /// <summary>Starts from the default pipeline.</summary>
    public ExtractorBuilder()
    {
        _components = DefaultStages();
    }

    /// <summary>The one definition of the default pipeline, in run order.</summary>
    private const string BoilerplateName = "boilerplate";
    private const string TokenizerName = "tokenizer";
    private const string SentencesName = "sentences";
    private const string LexiconName = "lexicon";

    private static List<Stage> DefaultStages() =>
        [
            new(BoilerplateName, _ => new BoilerplateDetector()),
            new(TokenizerName, c => new WordTokenizer(c.Language)),
            new(SentencesName, c => new SentenceSplitter(c.Language)),
            new(LexiconName, c => new LexiconAnnotator(c.Knowledge)),
            new("entity-rules", c => new EntityRules(c.Knowledge, c.Language)),
            new("boilerplate-entities", c => new BoilerplateEntities(c.Knowledge, c.Language)),
            new("entity-tagger", c => c.Models is null ? null : new EntityTagger(c.Models.EntityTagger, c.Knowledge, c.Language)),
            new("merger", c => c.Models is null ? null : new MentionMerger(c.Combination!, c.Knowledge, c.Language)),
            new("overlaps", _ => new OverlappingMentions()),
            new("linker", c => new EntityLinker(c.Knowledge, c.Language)),
            new("event-rules", c => new EventRules(c.Knowledge, c.Language)),
            new("event-classifier", c => c.Models is null ? null : new EventClassifier(c.Models.EventClassifier, c.Combination!, c.Knowledge, c.Language)),
            new("event-dates", _ => new NarrativeDates()),
        ];

    /// <summary>
    /// The default pipeline's components of <paramref name="preset"/>, without models: what training and the
    /// annotation audit run over gold text, so they see exactly what extraction sees.
    /// </summary>
    internal static IDocumentComponent[] DefaultComponents(PipelinePreset preset, KnowledgeBase knowledge, LanguageProfile language)
    {
        var context = new StageContext(knowledge, language, null, null);
        return [.. DefaultStages().Where(s => InPreset(preset, s.Name)).Select(s => s.Create(context)).OfType<IDocumentComponent>()];
    }

    /// <summary>Whether the default component <paramref name="name"/> belongs to <paramref name="preset"/>.</summary>
    private static bool InPreset(PipelinePreset preset, string name) => preset switch
    {
        PipelinePreset.Tokens => name is TokenizerName or SentencesName,
        PipelinePreset.Text => name is BoilerplateName or TokenizerName or SentencesName,
        PipelinePreset.Features => name is BoilerplateName or TokenizerName or SentencesName or LexiconName,
        PipelinePreset.Full => true,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "No such preset."),
    };

    /// <summary>
    /// Keeps the default components of <paramref name="preset"/> and removes the rest (components of your own
    /// stay): <c>WithPreset(PipelinePreset.Text)</c> gives tokens and sentences without lexicons, rules or models.
    /// </summary>
    /// <param name="preset">The cut of the pipeline.</param>
    public ExtractorBuilder WithPreset(PipelinePreset preset)
    {
        var defaults = DefaultStages().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        _components.RemoveAll(c => defaults.Contains(c.Name) && !InPreset(preset, c.Name));
        return this;
    }

    /// <summary>The names of the components, in pipeline order (model stages run only when models are loaded).</summary>
    public IReadOnlyList<string> ComponentNames => _components.Select(c => c.Name).ToArray();

    /// <summary>Uses the models that <c>attache train</c> wrote into <paramref name="directory"/> instead of the shipped ones.</summary>
    /// <param name="directory">A folder with <c>model-card.json</c> and the model files.</param>
    /// <exception cref="ModelFormatException">The folder is missing or holds no Attache models, or a model file is
    /// truncated, corrupt, of another version, or from another training run than the card; the message names the file.</exception>
    public ExtractorBuilder WithModels(string directory)
    {
        var models = ModelStore.LoadDirectory(directory);
        _models = () => models;
        return this;
    }

    /// <summary>Runs the rules and lexicons alone, without the trained models.</summary>
    public ExtractorBuilder WithoutModels()
    {
        _models = () => null;
        return this;
    }

    internal ExtractorBuilder WithModels(ModelSet models)
    {
        _models = () => models;
        return this;
    }

    /// <summary>Overrides the combination settings of the loaded models (for evaluating each source alone).</summary>
    internal ExtractorBuilder WithCombination(CombinationSettings combination)
    {
        _combination = combination;
        return this;
    }

    /// <summary>
    /// Uses the words of another language, or English with lists of your own (<see cref="LanguageProfile.FromFolder"/>,
    /// <see cref="LanguageProfile.ExtendedBy"/>), in the tokenizer, the sentence splitter, the rules, the
    /// models' features, the linker and the event rules. The shipped models were trained with the English profile's
    /// features: for lists far from English, run <see cref="WithoutModels"/>.
    /// </summary>
    /// <param name="language">The profile; <see cref="LanguageProfile.English"/> unless set.</param>
    public ExtractorBuilder WithLanguage(LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        return this;
    }

    /// <summary>
    /// Adds a YAML file of officials beside the shipped knowledge base (same format as the shipped
    /// <c>officials.yaml</c>); an entry with the name of a shipped one replaces it.
    /// </summary>
    /// <remarks>The file is read and checked against its schema (docs/knowledge-files.md) when <see cref="Build"/> runs.</remarks>
    /// <param name="path">The file.</param>
    public ExtractorBuilder AddOfficialsFile(string path) => AddFile(_officialFiles, path);

    /// <summary>Adds a YAML file of titles (same format as the shipped <c>titles.yaml</c>).</summary>
    /// <remarks>The file is read and checked against its schema (docs/knowledge-files.md) when <see cref="Build"/> runs.</remarks>
    /// <param name="path">The file.</param>
    public ExtractorBuilder AddTitlesFile(string path) => AddFile(_titleFiles, path);

    /// <summary>Adds a YAML file of organisations (same format as the shipped <c>organizations.yaml</c>); same names replace shipped ones.</summary>
    /// <remarks>The file is read and checked against its schema (docs/knowledge-files.md) when <see cref="Build"/> runs.</remarks>
    /// <param name="path">The file.</param>
    public ExtractorBuilder AddOrganizationsFile(string path) => AddFile(_organizationFiles, path);

    /// <summary>Adds a TSV file of places (same columns as the shipped <c>places.tsv</c>); same name and country replace shipped ones.</summary>
    /// <remarks>The file is read and checked against its schema (docs/knowledge-files.md) when <see cref="Build"/> runs.</remarks>
    /// <param name="path">The file.</param>
    public ExtractorBuilder AddPlacesFile(string path) => AddFile(_placeFiles, path);

    /// <summary>
    /// Adds a YAML file of event trigger phrases beside the shipped ones (same format as the shipped
    /// <c>triggers.yaml</c>: per event type, <c>strong</c>, <c>weak</c> and <c>context</c> lists).
    /// </summary>
    /// <remarks>The file is read and checked against its schema (docs/knowledge-files.md) when <see cref="Build"/> runs.</remarks>
    /// <param name="path">The file.</param>
    public ExtractorBuilder AddTriggersFile(string path) => AddFile(_triggerFiles, path);

    /// <summary>Appends a component at the end of the pipeline.</summary>
    /// <param name="component">The component to add.</param>
    public ExtractorBuilder Add(IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(Stage.Of(component));
        return this;
    }

    /// <summary>Inserts a component right before the one named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The component to insert.</param>
    public ExtractorBuilder InsertBefore(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf(name), Stage.Of(component));
        return this;
    }

    /// <summary>Inserts a component right after the one named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The component to insert.</param>
    public ExtractorBuilder InsertAfter(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf(name) + 1, Stage.Of(component));
        return this;
    }

    /// <summary>Replaces the component named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The replacement.</param>
    public ExtractorBuilder Replace(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components[IndexOf(name)] = Stage.Of(component);
        return this;
    }

    /// <summary>
    /// Keeps only the components named (in their pipeline order) and removes the rest: for example
    /// <c>KeepOnly("tokenizer", "sentences")</c> for tokens and sentences alone.
    /// </summary>
    /// <param name="names">Names of existing components.</param>
    public ExtractorBuilder KeepOnly(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            IndexOf(name);
        }

        _components.RemoveAll(c => !names.Contains(c.Name, StringComparer.Ordinal));
        return this;
    }

    /// <summary>Removes the component named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    public ExtractorBuilder Remove(string name)
    {
        _components.RemoveAt(IndexOf(name));
        return this;
    }

    /// <summary>
    /// Creates the extractor. The builder can be reused afterwards.
    /// </summary>
    /// <exception cref="KnowledgeFileException">A knowledge file added by the user breaks its schema (unknown keys, values of the
    /// wrong shape, country codes that are not ISO 3166-1 alpha-3, dates that are not <c>YYYY[-MM[-DD]]</c>, missing required
    /// keys) or is not YAML; <see cref="KnowledgeFileException.Errors"/> lists every error of every file, each with file, line and field.</exception>
    /// <exception cref="InvalidOperationException">A component requires a draft layer (<see cref="IDocumentComponent.Requires"/>)
    /// that no component before it assigns; the message names both and the default component that would.</exception>
    public Extractor Build()
    {
        var sources = new KnowledgeSources([.. _officialFiles], [.. _titleFiles], [.. _organizationFiles], [.. _placeFiles], [.. _triggerFiles]);
        // Start-up is wall-clock time: the models and the tagger's byte-pair vocabulary load on another
        // core while the knowledge base is built here.
        var loadModels = _models;
        var modelsTask = Task.Run(() =>
        {
            var loaded = loadModels();
            if (loaded is not null)
            {
                SubwordPieces.Load();
            }

            return loaded;
        });
        var knowledge = sources.IsEmpty ? KnowledgeBase.Default : KnowledgeBase.Build(sources);
        var models = modelsTask.GetAwaiter().GetResult();
        var context = new StageContext(knowledge, _language, models, _combination ?? models?.Combination);
        IDocumentComponent[] components = [.. _components.Select(c => c.Create(context)).OfType<IDocumentComponent>()];
        CheckRequirements(components, knowledge);
        return new(components);
    }

    /// <summary>Stanza's check at build time: every layer a component requires is assigned by one before it.</summary>
    private static void CheckRequirements(IDocumentComponent[] components, KnowledgeBase knowledge)
    {
        var assigned = DraftLayers.None;
        foreach (var component in components)
        {
            var missing = component.Requires & ~assigned;
            if (missing != DraftLayers.None)
            {
                // the model stages are left out without models: a missing Candidates layer names none
                var providers = DefaultComponents(PipelinePreset.Full, knowledge, LanguageProfile.English)
                    .Where(c => (c.Assigns & missing) != DraftLayers.None)
                    .Select(c => $"'{c.Name}'");
                throw new InvalidOperationException(
                    $"The component '{component.Name}' requires {missing}, which no component before it assigns"
                    + $" (in the default pipeline: {string.Join(", ", providers.DefaultIfEmpty("'entity-tagger'"))}).");
            }

            assigned |= component.Assigns;
        }
    }

    private ExtractorBuilder AddFile(List<string> files, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Knowledge file {path} does not exist.", path);
        }

        files.Add(path);
        return this;
    }

    private int IndexOf(string name)
    {
        var index = _components.FindIndex(c => c.Name == name);
        return index >= 0
            ? index
            : throw new ArgumentException($"No component named '{name}'. The pipeline has: {string.Join(", ", ComponentNames)}.", nameof(name));
    }

    private sealed record StageContext(KnowledgeBase Knowledge, LanguageProfile Language, ModelSet? Models, CombinationSettings? Combination);

    private sealed record Stage(string Name, Func<StageContext, IDocumentComponent?> Create)
    {
        public static Stage Of(IDocumentComponent component) => new(component.Name, _ => component);
    }
}
