using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Attache.Models;
using Attache.Training;

namespace Attache.Tests.Models;

/// <summary>Copies of the committed models folder, and edits of its files that keep or break the card's hashes.</summary>
internal static class ModelFolderFixture
{
    public static string Committed { get; } = Path.Combine(RepoPaths.Root, "models");

    /// <summary>The committed models copied into <paramref name="directory"/>, their card's seed set to <paramref name="seed"/> to tell sets apart.</summary>
    public static string Copy(string directory, int seed = 1)
    {
        Directory.CreateDirectory(directory);
        foreach (var name in ModelFiles.All)
        {
            File.Copy(Path.Combine(Committed, name), Path.Combine(directory, name));
        }

        var card = ModelCard.Read(Path.Combine(directory, ModelFiles.Card))! with { Seed = seed };
        File.WriteAllText(Path.Combine(directory, ModelFiles.Card), card.ToJson());
        return directory;
    }

    /// <summary>The committed files by name, in memory.</summary>
    public static Dictionary<string, byte[]> Files() => ModelFiles.All.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(Committed, n)));

    /// <summary>Edits the card's JSON.</summary>
    public static void EditCard(string directory, Action<JsonObject> edit)
    {
        var path = Path.Combine(directory, ModelFiles.Card);
        var card = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(card);
        File.WriteAllText(path, card.ToJsonString());
    }

    /// <summary>Rewrites one model file and the card's hash of it, so the loader reads the new bytes rather than stopping at the hash.</summary>
    public static void Replace(string directory, string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(directory, name), bytes);
        EditCard(directory, card => card["files"]![name] = Sha256(bytes));
    }

    /// <summary>The card bytes with one file's hash replaced (for in-memory sets).</summary>
    public static byte[] Rehash(byte[] card, string name, byte[] bytes)
    {
        var json = JsonNode.Parse(card)!.AsObject();
        json["files"]![name] = Sha256(bytes);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>The seed recorded in a folder's card (tells the old set from the new one).</summary>
    public static int SeedOf(string directory) => ModelCard.Read(Path.Combine(directory, ModelFiles.Card))!.Seed;

    /// <summary>The byte offset of the weight-row count in a weights file with these classes.</summary>
    public static int RowCountOffset(IReadOnlyList<string> classes) => HeaderBytes + classes.Sum(c => 1 + Encoding.UTF8.GetByteCount(c)) + (sizeof(float) * classes.Count);

    /// <summary>The magic string (a length byte and five characters) and the feature dimension.</summary>
    public const int ClassCountOffset = 6 + sizeof(int);

    private const int HeaderBytes = ClassCountOffset + sizeof(int);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
