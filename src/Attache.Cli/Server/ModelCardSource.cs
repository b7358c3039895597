using System.Reflection;
using Attache.Models;

namespace Attache.Cli.Server;

/// <summary>The model card of the models a server runs, as the bytes <c>GET /version</c> returns.</summary>
internal static class ModelCardSource
{
    /// <summary>The card in <paramref name="modelsDirectory"/>, or the one shipped inside the library; null when there is none.</summary>
    /// <param name="modelsDirectory">A folder that <see cref="ExtractorLoader.Load"/> has already validated, or null.</param>
    public static byte[]? Read(string? modelsDirectory)
    {
        if (modelsDirectory is not null)
        {
            return File.ReadAllBytes(Path.Combine(modelsDirectory, ModelFiles.Card));
        }

        using var stream = typeof(Extractor).Assembly.GetManifestResourceStream("Attache.Models." + ModelFiles.Card);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The version of the library, as its package is numbered.</summary>
    public static string LibraryVersion =>
        typeof(Extractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
