namespace Attache.Formats;

/// <summary>A brat relation (<c>R</c> line).</summary>
/// <param name="Id">The annotation id, such as <c>R1</c>.</param>
/// <param name="Type">The relation type, such as <c>HasTitle</c>.</param>
/// <param name="Arg1">Id of the first argument.</param>
/// <param name="Arg2">Id of the second argument.</param>
public sealed record BratRelation(string Id, string Type, string Arg1, string Arg2);
