namespace Attache.Training;

/// <summary>One token's sparse features and gold class, for training or scoring a token classifier.</summary>
internal readonly record struct TokenExample(int[] Features, int Label);
