using Attache.Documents;

namespace Attache;

/// <summary>
/// The extraction pipeline: an ordered list of <see cref="IDocumentComponent"/>s that turns article
/// text into a <see cref="Document"/>. One instance is safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var extractor = Extractor.CreateDefault();
/// var doc = extractor.Extract(text, new ExtractOptions { Published = new DateOnly(2017, 1, 30) });
/// foreach (var m in doc.Mentions) Console.WriteLine($"{m.Type} {m.Text} -> {m.Canonical}");
/// </code>
/// </example>
public sealed class Extractor
{
    private static readonly Lazy<Extractor> Default = new(() => new ExtractorBuilder().Build());

    /// <summary>The draft layers a document never shows, which a draft may drop once no later component reads them.</summary>
    private const DraftLayers WorkingLayers = DraftLayers.LexiconHits | DraftLayers.Candidates;

    /// <summary>For each component, the working layers no component after it requires: dropped once it has run.</summary>
    private readonly DraftLayers[] _releaseAfter;

    internal Extractor(IReadOnlyList<IDocumentComponent> components)
    {
        Components = components;
        _releaseAfter = new DraftLayers[components.Count];
        var requiredLater = DraftLayers.None;
        for (var i = components.Count - 1; i >= 0; i--)
        {
            _releaseAfter[i] = WorkingLayers & (components[i].Requires | components[i].Assigns) & ~requiredLater;
            requiredLater |= components[i].Requires;
        }
    }

    /// <summary>The pipeline's components, in the order they run.</summary>
    public IReadOnlyList<IDocumentComponent> Components { get; }

    /// <summary>
    /// The default pipeline with the lexicons, knowledge base and models shipped inside the library.
    /// Loaded once per process and shared.
    /// </summary>
    public static Extractor CreateDefault() => Default.Value;

    /// <summary>Extracts from one article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="options">The article's id and publication date.</param>
    public Document Extract(string text, ExtractOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, options?.Id ?? "doc", options?.Published);
    }

    private Document Run(string text, string id, DateOnly? published, CancellationToken cancellationToken = default)
    {
        var draft = new DocumentDraft(id, text, published, cancellationToken);
        for (var i = 0; i < Components.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Components[i].Process(draft);

            // A dense document's lexicon hits and candidates are as large as its mentions; dropping
            // them once no later component reads them keeps the peak lower (issue #21).
            draft.Release(_releaseAfter[i]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        draft.Release(WorkingLayers);
        return DocumentFreezer.Freeze(draft);
    }

    /// <summary>Extracts from one article.</summary>
    /// <param name="article">The article.</param>
    public Document Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Run(article.Text, article.Id ?? "doc", article.Published);
    }

    /// <summary>
    /// Extracts from many articles on several threads and returns the results lazily, in input order.
    /// Memory stays bounded by <see cref="BatchOptions.Window"/> articles, so endless streams work.
    /// </summary>
    /// <param name="articles">The articles; enumerated once, lazily.</param>
    /// <param name="options">Parallelism and read-ahead.</param>
    /// <param name="cancellationToken">
    /// Stops the batch: the enumeration throws <see cref="OperationCanceledException"/> within a fraction of a second,
    /// even in the middle of a huge article (every stage checks it, per sentence or per few thousand tokens).
    /// </param>
    public IEnumerable<Document> ExtractMany(
        IEnumerable<Article> articles,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new BatchOptions();
        return OrderedParallel.Map(
            articles,
            (article, index) => Run(article.Text, article.Id ?? $"doc{index}", article.Published, cancellationToken),
            options.MaxDegreeOfParallelism,
            options.Window,
            cancellationToken);
    }
}
