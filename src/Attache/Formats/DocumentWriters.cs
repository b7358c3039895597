namespace Attache.Formats;

/// <summary>
/// The output formats by name: the built-in ones (<see cref="OutputFormat"/>) and any a user adds. Names
/// are compared exactly (ordinal); the order of <see cref="Names"/> is the order of registration.
/// </summary>
public sealed class DocumentWriters
{
    private readonly List<IDocumentWriter> _writers = [];

    /// <summary>A registry holding the built-in formats, in <see cref="OutputFormat"/> order.</summary>
    public DocumentWriters()
    {
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            Add(BuiltIn(format));
        }
    }

    /// <summary>The registered formats' names, in registration order.</summary>
    public IReadOnlyList<string> Names => _writers.Select(w => w.Name).ToList();

    /// <summary>The writer registered under <paramref name="name"/>.</summary>
    /// <param name="name">A format name.</param>
    /// <exception cref="KeyNotFoundException">No format has that name; the message lists the names there are.</exception>
    public IDocumentWriter this[string name] =>
        TryGet(name, out var writer) ? writer : throw new KeyNotFoundException($"no output format '{name}' (there are: {string.Join(", ", Names)})");

    /// <summary>The writer of a built-in format.</summary>
    /// <param name="format">The format.</param>
    public static IDocumentWriter BuiltIn(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonOutput(),
        OutputFormat.JsonLines => new JsonLinesOutput(),
        OutputFormat.Brat => new BratOutput(),
        OutputFormat.Conll => new ConllOutput(),
        OutputFormat.Html => new HtmlOutput(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a built-in output format"),
    };

    /// <summary>Registers a format under its <see cref="IDocumentWriter.Name"/>.</summary>
    /// <param name="writer">The format's writer.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public DocumentWriters Add(IDocumentWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrWhiteSpace(writer.Name))
        {
            throw new ArgumentException("an output format needs a name", nameof(writer));
        }

        if (TryGet(writer.Name, out _))
        {
            throw new ArgumentException($"an output format named '{writer.Name}' is already registered", nameof(writer));
        }

        _writers.Add(writer);
        return this;
    }

    /// <summary>Finds the writer registered under <paramref name="name"/>.</summary>
    /// <param name="name">A format name.</param>
    /// <param name="writer">The writer, or null when there is none.</param>
    /// <returns>Whether a writer has that name.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IDocumentWriter? writer)
    {
        writer = _writers.Find(w => string.Equals(w.Name, name, StringComparison.Ordinal));
        return writer is not null;
    }
}
