namespace Attache.Documents;

/// <summary>Which part of the pipeline found a mention.</summary>
public enum MentionSource
{
    /// <summary>A pattern over tokens, titles and lexicon hits.</summary>
    Rule,

    /// <summary>A lexicon or knowledge-base entry, matched as written.</summary>
    Lexicon,

    /// <summary>A trained statistical model.</summary>
    Model,
}
