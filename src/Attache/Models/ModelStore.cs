using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Attache.Models;

/// <summary>
/// Loads model sets: the one shipped inside the assembly (the repository's <c>models/</c> folder,
/// embedded) or one that <c>attache train</c> wrote into a folder. This is the one place a model set
/// is validated, fully and before anything is built from it: the card's schema (every member present
/// with its type, a known format, known combination policies, probability thresholds, this version's
/// class names), every file's size against a cap and its SHA-256 against the card (so a folder mixing
/// two training runs is rejected), and every count of a weights file against the bytes that remain.
/// Every problem is a <see cref="ModelFormatException"/> naming the file.
/// </summary>
internal static partial class ModelStore
{
    private const string ResourcePrefix = "Attache.Models.";

    /// <summary>The largest model card read; real ones are a few kilobytes.</summary>
    private const int MaxCardBytes = 1 << 20;

    /// <summary>
    /// The largest model file read: a weights file with every one of the 2^18 feature rows filled for a
    /// hundred classes (about 106 MB) fits; anything longer is refused without being held in memory.
    /// </summary>
    private const int MaxModelFileBytes = 1 << 27;

    /// <summary>How much of a file is read at a time when its length is not known in advance.</summary>
    private const int ReadChunkBytes = 1 << 16;

    private static readonly Lazy<ModelSet?> Shipped = new(() => Load(
        name => Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name),
        name => "embedded models/" + name,
        requireEveryFile: false));

    /// <summary>The models shipped inside the library, or null when it was built without any.</summary>
    public static ModelSet? Embedded => Shipped.Value;

    /// <summary>Loads and validates the models that <c>attache train</c> wrote into <paramref name="directory"/>.</summary>
    /// <exception cref="ModelFormatException">The folder is missing, holds no models, or any of its files is unusable.</exception>
    public static ModelSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            var interrupted = ModelFolderWriter.InterruptedSiblings(directory).FirstOrDefault();
            throw new ModelFormatException(directory, interrupted is null
                ? "no such folder"
                : $"no such folder; an interrupted 'attache train' left {interrupted}, which the next 'attache train --out {directory}' recovers", null);
        }

        return Load(
            name => File.Exists(Path.Combine(directory, name)) ? File.OpenRead(Path.Combine(directory, name)) : null,
            name => Path.Combine(directory, name),
            requireEveryFile: true)
            ?? throw new ModelFormatException(directory, $"holds no Attache models ({ModelFiles.Card} is missing)", null);
    }

    /// <summary>
    /// Loads and validates a model set from files given by name (the fuzz tests pass bytes in memory).
    /// </summary>
    /// <param name="open">Opens a file of the set, or gives null where it does not exist.</param>
    /// <param name="pathOf">The path of a file, for messages.</param>
    /// <param name="requireEveryFile">Whether every file the card lists must be present and match (a folder),
    /// or only the weights that are loaded (the embedded set ships without the ML.NET models).</param>
    /// <returns>The models, or null when there is no model card.</returns>
    public static ModelSet? Load(Func<string, Stream?> open, Func<string, string> pathOf, bool requireEveryFile)
    {
        var cardBytes = ReadAll(open, ModelFiles.Card, pathOf, MaxCardBytes);
        if (cardBytes is null)
        {
            return null;
        }

        var cardPath = pathOf(ModelFiles.Card);
        var card = ParseCard(cardBytes, cardPath);
        var files = new Dictionary<string, byte[]>();
        foreach (var name in ModelFiles.Described)
        {
            var loaded = name is ModelFiles.EntityTaggerWeights or ModelFiles.EventClassifierWeights;
            var bytes = ReadAll(open, name, pathOf, MaxModelFileBytes);
            if (bytes is null)
            {
                if (loaded || requireEveryFile)
                {
                    throw new ModelFormatException(pathOf(name), "is missing", null);
                }

                continue;
            }

            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != card.Files[name])
            {
                throw new ModelFormatException(pathOf(name), $"does not match its SHA-256 in {cardPath}: the folder mixes files of different training runs, or the file was changed", null);
            }

            files[name] = bytes;
        }

        return new ModelSet(
            LinearModel.Read(files[ModelFiles.EntityTaggerWeights], pathOf(ModelFiles.EntityTaggerWeights), BioTags.Names),
            LinearModel.Read(files[ModelFiles.EventClassifierWeights], pathOf(ModelFiles.EventClassifierWeights), EventLabels.ClassNames),
            card.Combination);
    }

    private static ModelCard ParseCard(byte[] bytes, string path)
    {
        ModelCard card;
        try
        {
            card = ModelCard.Parse(bytes);
        }
        catch (JsonException e)
        {
            // The serializer's first sentence says what is wrong; the rest is advice for the code's authors.
            var end = e.Message.IndexOf(". ", StringComparison.Ordinal);
            var reason = end < 0 ? e.Message : e.Message[..(end + 1)];
            var where = e.Path is null ? string.Empty : $" at {e.Path} (line {e.LineNumber + 1})";
            throw new ModelFormatException(path, $"is not a valid model card{where}: {reason}", e);
        }

        var problem = card.Format != ModelCard.CurrentFormat ? $"has format '{card.Format}'; this version reads '{ModelCard.CurrentFormat}' (retrain with 'attache train')"
            : EntryProblem(card.EntityTagger, "entityTagger", ModelFiles.EntityTagger, ModelFiles.EntityTaggerWeights, BioTags.Names)
            ?? EntryProblem(card.EventClassifier, "eventClassifier", ModelFiles.EventClassifier, ModelFiles.EventClassifierWeights, EventLabels.ClassNames)
            ?? card.Combination.Problem()
            ?? FilesProblem(card.Files);
        return problem is null ? card : throw new ModelFormatException(path, problem, null);
    }

    private static string? EntryProblem(ModelCard.ModelEntry entry, string member, string file, string weights, IReadOnlyList<string> classes) =>
        entry.File != file ? $"{member}.file is '{entry.File}', not '{file}'"
        : entry.Weights != weights ? $"{member}.weights is '{entry.Weights}', not '{weights}'"
        : !entry.Classes.SequenceEqual(classes) ? $"{member}.classes [{string.Join(", ", entry.Classes)}] are not this version's [{string.Join(", ", classes)}]"
        : null;

    private static string? FilesProblem(Dictionary<string, string> files) =>
        files.Keys.FirstOrDefault(k => !ModelFiles.Described.Contains(k)) is { } unknown ? $"files lists '{unknown}', which is not a model file"
        : ModelFiles.Described.FirstOrDefault(f => !files.TryGetValue(f, out var hash) || hash is null || !Sha256Hex().IsMatch(hash)) is { } missing ? $"files has no SHA-256 for '{missing}'"
        : null;

    /// <summary>All bytes of one file, or null if it does not exist; longer than <paramref name="max"/> is an error, found before reading.</summary>
    private static byte[]? ReadAll(Func<string, Stream?> open, string name, Func<string, string> pathOf, int max)
    {
        try
        {
            using var stream = open(name);
            if (stream is null)
            {
                return null;
            }

            if (stream.CanSeek && stream.Length <= max)
            {
                var whole = new byte[stream.Length];
                stream.ReadExactly(whole);
                return whole;
            }

            // Read in chunks and stop at the cap: a stream need not know its length, and a huge one is never held.
            using var buffer = new MemoryStream();
            var chunk = new byte[ReadChunkBytes];
            for (var read = stream.Read(chunk); read > 0; read = stream.Read(chunk))
            {
                if (buffer.Length + read > max)
                {
                    throw new ModelFormatException(pathOf(name), $"is larger than {max} bytes, the most a model file may hold", null);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(pathOf(name), "cannot be read: " + e.Message, e);
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
