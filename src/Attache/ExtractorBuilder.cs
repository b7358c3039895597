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
    private readonly List<IDocumentComponent> _components;

    /// <summary>Starts from the default pipeline.</summary>
    public ExtractorBuilder()
    {
        _components =
        [
            new BoilerplateDetector(),
            new WordTokenizer(),
            new SentenceSplitter(),
        ];
    }

    /// <summary>The names of the components, in pipeline order.</summary>
    public IReadOnlyList<string> ComponentNames => _components.Select(c => c.Name).ToArray();

    /// <summary>Appends a component at the end of the pipeline.</summary>
    /// <param name="component">The component to add.</param>
    public ExtractorBuilder Add(IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Inserts a component right before the one named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The component to insert.</param>
    public ExtractorBuilder InsertBefore(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf(name), component);
        return this;
    }

    /// <summary>Inserts a component right after the one named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The component to insert.</param>
    public ExtractorBuilder InsertAfter(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf(name) + 1, component);
        return this;
    }

    /// <summary>Replaces the component named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    /// <param name="component">The replacement.</param>
    public ExtractorBuilder Replace(string name, IDocumentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components[IndexOf(name)] = component;
        return this;
    }

    /// <summary>Removes the component named <paramref name="name"/>.</summary>
    /// <param name="name">The name of an existing component.</param>
    public ExtractorBuilder Remove(string name)
    {
        _components.RemoveAt(IndexOf(name));
        return this;
    }

    /// <summary>Creates the extractor. The builder can be reused afterwards.</summary>
    public Extractor Build() => new([.. _components]);

    private int IndexOf(string name)
    {
        var index = _components.FindIndex(c => c.Name == name);
        return index >= 0
            ? index
            : throw new ArgumentException($"No component named '{name}'. The pipeline has: {string.Join(", ", ComponentNames)}.", nameof(name));
    }
}
