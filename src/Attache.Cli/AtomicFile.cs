using System.Text.RegularExpressions;

namespace Attache.Cli;

/// <summary>
/// Writes files through temporary files and renames, so readers never see a torn file. A set of files
/// (a brat <c>.txt</c>/<c>.ann</c> pair) is written completely before any of them is renamed into place.
/// </summary>
internal static partial class AtomicFile
{
    /// <summary>The ending of every temporary file: <c>NAME.{32 hex digits}.tmp</c>.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Writes one file.</summary>
    public static void WriteAllText(string path, string contents) => WriteAll([(path, contents)]);

    /// <summary>Writes every file to a temporary sibling first, then renames each into place.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Contents)> files)
    {
        var temporaries = files.Select(f => $"{f.Path}.{Guid.NewGuid():N}{TemporarySuffix}").ToArray();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                File.WriteAllText(temporaries[i], files[i].Contents);
            }

            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temporaries[i], files[i].Path, overwrite: true);
            }
        }
        finally
        {
            foreach (var temporary in temporaries)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether a file name is one of this class's temporary files (left behind by a killed run).</summary>
    public static bool IsTemporary(string path) => TemporaryName().IsMatch(Path.GetFileName(path));

    [GeneratedRegex(@"\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
