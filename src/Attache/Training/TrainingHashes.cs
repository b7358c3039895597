using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Attache.Knowledge;
using Attache.Text;

namespace Attache.Training;

/// <summary>
/// Fingerprints of what a model was trained from: the annotated documents and split manifest, the
/// knowledge files, and what the featurizers compute. A model card whose fingerprints differ from the
/// current ones describes stale models. All three are integer and byte hashes, so they are the same
/// on every machine (unlike the trained weights, whose last bits depend on the CPU's vector paths).
/// </summary>
internal static class TrainingHashes
{
    private const string ProbeResource = "Attache.Training.feature-probe.txt";

    private const string KnowledgePrefix = "Attache.Knowledge.";

    private const string LanguagePrefix = "Attache.Language.en.";

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
        // The knowledge files and the language data feed the rules and features. The snapshot is derived
        // from the files hashed here, so it is left out; so is the list of country codes, which only checks
        // knowledge files and feeds no feature.
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => (n.StartsWith(KnowledgePrefix, StringComparison.Ordinal) || n.StartsWith(LanguagePrefix, StringComparison.Ordinal))
                         && !n.EndsWith(".bin", StringComparison.Ordinal)
                         && n != KnowledgeFiles.ResourcePrefix + CountryCodes.ResourceFile)
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

    /// <summary>
    /// What the featurizers compute: a hash of every entity and event feature of every token of a fixed
    /// probe article (headline, dateline, byline, titles, events, boilerplate), so any change to the
    /// feature code, the hashing or the lexicons that feed it changes the fingerprint without anyone
    /// having to remember to bump a version.
    /// </summary>
    public static string Features(KnowledgeBase knowledge, LanguageProfile language)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ProbeResource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var probe = new CorpusDocument("feature-probe", ProbeResource, reader.ReadToEnd(), Formats.BratDocument.Empty, "train");
        var featurized = TrainingFeaturizer.Featurize(probe, knowledge, language);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sentences in new[] { featurized.EntitySentences, featurized.EventSentences })
        {
            foreach (var token in sentences.SelectMany(s => s))
            {
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(token.Features.AsSpan()));
                hash.AppendData(BitConverter.GetBytes(-1));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
