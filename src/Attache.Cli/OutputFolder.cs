using System.Security.Cryptography;
using System.Text;

namespace Attache.Cli;

/// <summary>
/// The one policy for every verb that writes files named after documents: a document id becomes a
/// file name that cannot leave the folder (no separators, no <c>..</c>, no leading dot, no drive or
/// device name), is length-limited, and is unique within the run, so two documents never overwrite
/// each other. Every path handed out is checked to lie inside the folder. Temporary files that an
/// interrupted earlier run left behind (<see cref="AtomicFile"/>) are removed when the folder is opened.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>Longest file stem written; longer ids are cut and keep a hash of the whole id, so they stay distinct.</summary>
    public const int MaxStemLength = 100;

    private const string FallbackStem = "doc";
    private const int HashLength = 8;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _root;

    /// <summary>
    /// Creates the folder if needed, removes stale temporary files of an interrupted run and checks
    /// that a file can be written in it, so an unusable folder stops the run before any input is read.
    /// </summary>
    /// <exception cref="IOException">The path is a file, or the folder cannot be created or written; the message names it.</exception>
    public OutputFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new IOException($"{path}: is a file, not a folder");
        }

        try
        {
            Directory.CreateDirectory(path);
            _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            foreach (var stale in Directory.EnumerateFiles(_root, "*" + AtomicFile.TemporarySuffix))
            {
                if (AtomicFile.IsTemporary(stale))
                {
                    File.Delete(stale);
                }
            }

            var probe = Path.Combine(_root, $"write-check.{Guid.NewGuid():N}{AtomicFile.TemporarySuffix}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: cannot write in this output folder: {e.Message}", e);
        }
    }

    /// <summary>The folder's full path.</summary>
    public string Root => _root;

    /// <summary>
    /// A stem for a document id, unique in this run: the sanitised id, or the sanitised id with
    /// <c>-2</c>, <c>-3</c>... where an earlier document of the run took it.
    /// </summary>
    public string StemFor(string? id)
    {
        var stem = Sanitize(id);
        var unique = stem;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = $"{stem}-{n}";
        }

        return unique;
    }

    /// <summary>The full path of <paramref name="fileName"/> in the folder; throws if it would lie elsewhere.</summary>
    public string PathOf(string fileName)
    {
        var full = Path.GetFullPath(Path.Combine(_root, fileName));
        if (!string.Equals(Path.GetDirectoryName(full), _root, StringComparison.Ordinal))
        {
            throw new IOException($"{fileName}: would be written outside {_root}");
        }

        return full;
    }

    /// <summary>A file name made of the id's safe characters; never empty, never hidden, never a path.</summary>
    public static string Sanitize(string? id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder((id ?? string.Empty).Length);
        foreach (var c in id ?? string.Empty)
        {
            // Separators of every platform and control characters are replaced, not just this platform's.
            builder.Append(c is '/' or '\\' or ':' || char.IsControl(c) || char.IsSurrogate(c) || Array.IndexOf(invalid, c) >= 0 ? '_' : c);
        }

        var name = builder.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        if (name.Length == 0)
        {
            return FallbackStem;
        }

        if (name.Length > MaxStemLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id!)))[..HashLength];
            name = $"{name[..(MaxStemLength - HashLength - 1)]}-{hash}";
        }

        return IsDeviceName(name) ? "_" + name : name;
    }

    // Windows reserves these names in any folder, with any extension.
    private static bool IsDeviceName(string name)
    {
        var stem = name.Split('.')[0].ToUpperInvariant();
        return stem is "CON" or "PRN" or "AUX" or "NUL"
            || (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(stem[3]));
    }
}
