using System.Reflection;
using System.Text.Json;

namespace Attache.Models;

/// <summary>
/// Loads model sets: the one shipped inside the assembly (the repository's <c>models/</c> folder,
/// embedded) or one that <c>attache train</c> wrote into a folder. The weights files are read; the
/// ML.NET model files beside them are their source of truth (a test checks the two agree).
/// </summary>
internal static class ModelStore
{
    private const string ResourcePrefix = "Attache.Models.";
    private static readonly Lazy<ModelSet?> Shipped = new(() => Load(name => Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name), "embedded models"));

    /// <summary>The models shipped inside the library, or null when it was built without any.</summary>
    public static ModelSet? Embedded => Shipped.Value;

    public static ModelSet LoadDirectory(string directory)
    {
        var set = Load(name => File.Exists(Path.Combine(directory, name)) ? File.OpenRead(Path.Combine(directory, name)) : null, directory);
        return set ?? throw new FileNotFoundException($"{directory} holds no Attache models ({ModelFiles.Card} is missing)", Path.Combine(directory, ModelFiles.Card));
    }

    public static Stream? OpenEmbedded(string name) => Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name);

    private static ModelSet? Load(Func<string, Stream?> open, string where)
    {
        using var card = open(ModelFiles.Card);
        if (card is null)
        {
            return null;
        }

        var combination = ReadCombination(card, where);
        using var tagger = open(ModelFiles.EntityTaggerWeights) ?? throw new FileNotFoundException($"{where}: {ModelFiles.EntityTaggerWeights} is missing");
        using var events = open(ModelFiles.EventClassifierWeights) ?? throw new FileNotFoundException($"{where}: {ModelFiles.EventClassifierWeights} is missing");
        return new ModelSet(LinearModel.Read(tagger, ModelFiles.EntityTaggerWeights), LinearModel.Read(events, ModelFiles.EventClassifierWeights), combination);
    }

    private static CombinationSettings ReadCombination(Stream card, string where)
    {
        using var json = JsonDocument.Parse(card);
        if (!json.RootElement.TryGetProperty("combination", out var c))
        {
            throw new InvalidDataException($"{where}: {ModelFiles.Card} has no \"combination\" section");
        }

        return new CombinationSettings(
            c.GetProperty("entityPolicy").GetString()!,
            c.GetProperty("entityThreshold").GetSingle(),
            c.GetProperty("eventPolicy").GetString()!,
            c.GetProperty("eventThreshold").GetSingle());
    }
}
