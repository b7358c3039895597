namespace Attache.Documents;

/// <summary>Which stage made a mention, for the stages after it: the model-only policy sets aside only the shipped entity rules' mentions.</summary>
internal enum MentionOrigin
{
    /// <summary>Added by any other component (a user's, the boilerplate credits, the linker): kept whatever the policy.</summary>
    Component,

    /// <summary>Found by the shipped entity rules: the model-only policy replaces them with the model's.</summary>
    EntityRules,
}
