namespace Attache;

/// <summary>Per-article options for <see cref="Extractor.Extract(string, ExtractOptions?)"/>.</summary>
public sealed record ExtractOptions
{
    /// <summary>An id to carry into the result; defaults to <c>doc</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The publication date, used to resolve relative dates such as <c>Monday</c> or <c>last September</c>.</summary>
    public DateOnly? Published { get; init; }
}
