namespace Attache.Linking;

/// <summary>
/// The linker's language data (title spellings, leader offices, given-name forms) in
/// <c>Linking/Resources</c>: kept apart from the knowledge files, which the entity models are trained on.
/// </summary>
internal static class LinkingResources
{
    /// <summary>The prefix of their embedded resource names.</summary>
    public const string Prefix = "Attache.Linking.";
}
