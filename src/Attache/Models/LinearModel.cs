using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Attache.Models;

/// <summary>
/// A multiclass linear model (maximum entropy) read from the weights that training extracts from the
/// ML.NET model. Scoring adds one weight row per active feature, so one token costs a few dozen
/// vector additions and no allocation. L1 regularisation leaves only a few thousand of the 2^18
/// feature rows non-zero, so only those are stored, behind an index: the rows stay in cache and a
/// feature the model never weighted costs one lookup. Immutable; safe to share between threads.
/// </summary>
internal sealed class LinearModel
{
    private const string Magic = "ATTW1";

    /// <summary>The fewest bytes one class takes in a weights file: a one-byte name length and a bias.</summary>
    private const int MinClassBytes = 1 + sizeof(float);
    private readonly float[] _biases;

    /// <summary>For each feature, 1 + its row in <see cref="_weights"/>, or 0 where all its weights are zero.</summary>
    private readonly int[] _rowOf = new int[FeatureHasher.Dimension];
    private readonly float[] _weights;

    /// <summary>A model from dense weights, <c>feature x classes</c>.</summary>
    public LinearModel(IReadOnlyList<string> classes, float[] biases, float[] weights)
        : this(classes, biases, Enumerable.Range(0, FeatureHasher.Dimension).Count(f => weights.AsSpan(f * classes.Count, classes.Count).ContainsAnyExcept(0f)))
    {
        var rows = 0;
        for (var f = 0; f < FeatureHasher.Dimension; f++)
        {
            var row = weights.AsSpan(f * classes.Count, classes.Count);
            if (row.ContainsAnyExcept(0f))
            {
                row.CopyTo(_weights.AsSpan(rows * Width));
                _rowOf[f] = ++rows;
            }
        }
    }

    private LinearModel(IReadOnlyList<string> classes, float[] biases, int rows)
    {
        Classes = classes;
        _biases = biases;
        Width = Stride(classes.Count);
        _weights = new float[rows * Width];
    }

    /// <summary>
    /// The length of a padded score row: the class count rounded up to whole vectors, so that adding a
    /// weight row is a few full-width vector adds (the padding stays zero).
    /// </summary>
    public int Width { get; }

    /// <summary>Class names, index 0 first (the "outside" or "none" class).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The class biases (the score of a token with no features).</summary>
    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>Class probabilities of one token: the softmax of the biases plus each feature's weights (a repeated feature counts each time).</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        var scores = probabilities[..Classes.Count];
        _biases.CopyTo(scores);
        Accumulate(features, scores);
        Softmax(scores);
    }

    /// <summary>Raw class scores (before the softmax) of each token of a sentence, row by row (<c>tokens x classes</c>).</summary>
    public float[] ScoreAll(IReadOnlyList<int[]> features)
    {
        var count = Classes.Count;
        var scores = new float[features.Count * count];
        for (var i = 0; i < features.Count; i++)
        {
            var row = scores.AsSpan(i * count, count);
            _biases.CopyTo(row);
            Accumulate(features[i], row);
        }

        return scores;
    }

    /// <summary>The softmax probability of class <paramref name="c"/> given one token's raw scores.</summary>
    public static float Probability(ReadOnlySpan<float> scores, int c)
    {
        var sum = 0f;
        foreach (var s in scores)
        {
            sum += MathF.Exp(s - scores[c]);
        }

        return 1 / sum;
    }

    /// <summary>Adds the weights of each feature to <paramref name="scores"/> (one score per class).</summary>
    public void Accumulate(ReadOnlySpan<int> features, Span<float> scores)
    {
        var count = Classes.Count;
        foreach (var feature in features)
        {
            if (_rowOf[feature] is var row and > 0)
            {
                TensorPrimitives.Add(scores, _weights.AsSpan((row - 1) * Width, count), scores);
            }
        }
    }

    /// <summary>Adds the weights of each feature to a padded row of <see cref="Width"/> scores.</summary>
    public void AccumulatePadded(ReadOnlySpan<int> features, Span<float> row)
    {
        foreach (var feature in features)
        {
            if (_rowOf[feature] is var at and > 0)
            {
                AddPadded(_weights.AsSpan((at - 1) * Width, Width), row);
            }
        }
    }

    /// <summary>Adds one padded row to another, a full vector at a time.</summary>
    public static void AddPadded(ReadOnlySpan<float> source, Span<float> row)
    {
        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref MemoryMarshal.GetReference(row);
        for (nuint k = 0; k < (nuint)row.Length; k += (nuint)Vector256<float>.Count)
        {
            (Vector256.LoadUnsafe(ref to, k) + Vector256.LoadUnsafe(ref from, k)).StoreUnsafe(ref to, k);
        }
    }

    private static int Stride(int classes) => (classes + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;

    /// <summary>Turns scores into probabilities in place, shifted by the maximum so large scores cannot overflow.</summary>
    public static void Softmax(Span<float> scores)
    {
        TensorPrimitives.Subtract(scores, TensorPrimitives.Max(scores), scores);
        TensorPrimitives.Exp(scores, scores);
        TensorPrimitives.Divide(scores, TensorPrimitives.Sum(scores), scores);
    }

    public static void Write(Stream stream, IReadOnlyList<string> classes, float[] biases, float[][] weightsByClass)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FeatureHasher.Dimension);
        writer.Write(classes.Count);
        foreach (var name in classes)
        {
            writer.Write(name);
        }

        foreach (var bias in biases)
        {
            writer.Write(bias);
        }

        var rows = Enumerable.Range(0, FeatureHasher.Dimension).Where(f => weightsByClass.Any(w => w[f] != 0)).ToArray();
        writer.Write(rows.Length);
        foreach (var f in rows)
        {
            writer.Write(f);
            foreach (var w in weightsByClass)
            {
                writer.Write(w[f]);
            }
        }
    }

    /// <summary>
    /// Reads a weights file, checking every count against the bytes that remain before allocating for
    /// it, so a corrupt or hostile file is rejected with <see cref="ModelFormatException"/> and never
    /// allocates more than its own length implies.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="expectedClasses">The class names this version's pipeline indexes, in order.</param>
    public static LinearModel Read(byte[] bytes, string path, IReadOnlyList<string> expectedClasses)
    {
        // The magic as BinaryWriter writes a string: its length, then its characters.
        if (!bytes.AsSpan().StartsWith([(byte)Magic.Length, .. Encoding.ASCII.GetBytes(Magic)]))
        {
            throw new ModelFormatException(path, "is not an Attache weights file", null);
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true));
            return Read(reader, bytes, path, expectedClasses);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or DecoderFallbackException)
        {
            throw new ModelFormatException(path, "is truncated or corrupt (" + e.Message + ")", e);
        }
    }

    private static LinearModel Read(BinaryReader reader, byte[] bytes, string path, IReadOnlyList<string> expectedClasses)
    {
        reader.ReadString();
        var dimension = reader.ReadInt32();
        if (dimension != FeatureHasher.Dimension)
        {
            throw new ModelFormatException(path, $"was trained with {dimension} features; this version uses {FeatureHasher.Dimension}", null);
        }

        var count = reader.ReadInt32();
        long Remaining() => bytes.LongLength - reader.BaseStream.Position;
        if (count != expectedClasses.Count || (long)count * MinClassBytes > Remaining())
        {
            throw new ModelFormatException(path, $"declares {count} classes; this version's model has {expectedClasses.Count}", null);
        }

        var classes = new string[count];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = reader.ReadString();
            if (classes[c] != expectedClasses[c])
            {
                throw new ModelFormatException(path, $"class {c} is '{classes[c]}'; this version expects '{expectedClasses[c]}'", null);
            }
        }

        var biases = new float[classes.Length];
        for (var c = 0; c < classes.Length; c++)
        {
            biases[c] = Finite(reader.ReadSingle(), path);
        }

        var rows = reader.ReadInt32();
        var rowBytes = sizeof(int) + ((long)sizeof(float) * count);
        if (rows < 0 || rows > FeatureHasher.Dimension || rows * rowBytes != Remaining())
        {
            throw new ModelFormatException(path, $"declares {rows} weight rows of {rowBytes} bytes, but {Remaining()} bytes follow", null);
        }

        // The rows fill the rest of the file exactly (checked above), so they are read straight from the bytes.
        var model = new LinearModel(classes, biases, rows);
        var data = bytes.AsSpan((int)reader.BaseStream.Position);
        for (var r = 0; r < rows; r++)
        {
            var row = data.Slice((int)(r * rowBytes), (int)rowBytes);
            var f = BinaryPrimitives.ReadInt32LittleEndian(row);
            if ((uint)f >= FeatureHasher.Dimension || model._rowOf[f] != 0)
            {
                throw new ModelFormatException(path, $"has a bad or repeated feature row {f}", null);
            }

            model._rowOf[f] = r + 1;
            for (var c = 0; c < classes.Length; c++)
            {
                model._weights[(r * model.Width) + c] = Finite(BinaryPrimitives.ReadSingleLittleEndian(row[(sizeof(int) + (c * sizeof(float)))..]), path);
            }
        }

        return model;
    }

    private static float Finite(float value, string path) =>
        float.IsFinite(value) ? value : throw new ModelFormatException(path, $"holds a weight that is not a finite number ({value})", null);
}
