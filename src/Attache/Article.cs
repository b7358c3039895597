namespace Attache;

/// <summary>One article to extract from.</summary>
/// <param name="Text">The article's text, exactly as received.</param>
/// <param name="Id">An id to carry into the result; defaults to <c>doc</c> followed by the position in a batch.</param>
/// <param name="Published">The publication date, used to resolve relative dates such as <c>Monday</c>.</param>
public sealed record Article(string Text, string? Id = null, DateOnly? Published = null);
