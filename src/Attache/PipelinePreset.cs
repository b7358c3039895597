namespace Attache;

/// <summary>
/// The default pipeline cut to what a task needs (<see cref="ExtractorBuilder.WithPreset"/>). Training, the
/// annotation audit, <c>attache convert</c> and the tests take their pipelines from here, so all of them
/// run the same components as extraction does, up to where they stop.
/// </summary>
public enum PipelinePreset
{
    /// <summary>Tokens and sentences, with every line in a sentence (no boilerplate detection): what format conversion needs.</summary>
    Tokens,

    /// <summary>Boilerplate, tokens and sentences: the text layers, without lexicons, rules or models.</summary>
    Text,

    /// <summary>The text layers and the lexicon hits: what the models' features read, and what training runs over gold text.</summary>
    Features,

    /// <summary>Every component: what <see cref="Extractor.CreateDefault"/> runs.</summary>
    Full,
}
