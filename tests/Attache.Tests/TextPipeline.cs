namespace Attache.Tests;

/// <summary>A builder with the text stages only (no lexicons, rules or models), for tests of formats and plumbing.</summary>
internal static class TextPipeline
{
    public static ExtractorBuilder Builder() => new ExtractorBuilder()
        .WithoutModels()
        .WithPreset(PipelinePreset.Text);
}
