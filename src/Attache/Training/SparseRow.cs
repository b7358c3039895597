using Microsoft.ML.Data;

namespace Attache.Training;

/// <summary>The row type ML.NET trains on: a sparse hashed feature vector and the class index (ML.NET loads it as a key).</summary>
internal sealed class SparseRow
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
