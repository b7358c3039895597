namespace Attache.Cli.Input;

/// <summary>One input document: its name (for ids and messages) and either its text or why it has none.</summary>
internal sealed record TextInput(string Name, Article? Article, string? Error);
