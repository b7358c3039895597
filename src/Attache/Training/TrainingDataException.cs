using Attache.Formats;

namespace Attache.Training;

/// <summary>Training data with problems; training refuses to write models from part of it.</summary>
internal sealed class TrainingDataException(IReadOnlyList<FormatError> errors)
    : Exception($"{errors.Count} problems in the training data; no model was written")
{
    public IReadOnlyList<FormatError> Errors { get; } = errors;
}
