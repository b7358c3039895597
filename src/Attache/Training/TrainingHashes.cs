using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Attache.Training;

/// <summary>
/// Fingerprints of what a model was trained from: the annotated documents and split manifest, and
/// the knowledge files and feature code version that shape the features. A model card whose
/// fingerprints differ from the current ones describes stale models.
/// </summary>
internal static class TrainingHashes
{
    /// <summary>Bump when the featurizers change what they compute.</summary>
    public const int FeatureVersion = 5;

    public static string Data(string directory)
    {
        var files = Directory.GetFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".ann", StringComparison.Ordinal) || Path.GetFileName(f) == Corpus.SplitsFile)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("sources/", StringComparison.Ordinal) && !f.StartsWith("tools/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Knowledge()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"features v{FeatureVersion}\0"));
        // the snapshot is derived from the files hashed here, so it is left out
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("Attache.Knowledge.", StringComparison.Ordinal) && !n.EndsWith(".bin", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(buffer.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
