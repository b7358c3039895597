namespace Attache.Formats;

/// <summary>A brat text-bound annotation (<c>T</c> line): an entity or an event trigger.</summary>
/// <param name="Id">The annotation id, such as <c>T3</c>.</param>
/// <param name="Type">The entity or event type.</param>
/// <param name="Start">Start offset in Unicode code points.</param>
/// <param name="End">End offset in Unicode code points (exclusive).</param>
/// <param name="Text">The covered text.</param>
public sealed record BratSpan(string Id, string Type, int Start, int End, string Text);
