using System.Text.RegularExpressions;
using Attache.Models;

namespace Attache.Models;

/// <summary>
/// Writes a models folder as one unit, so that a reader, or a kill at any moment, sees either the old
/// complete set or the new complete set, never a mix. For a folder <c>OUT</c>:
/// <list type="number">
/// <item><see cref="Open"/> first recovers from an interrupted earlier run (<see cref="Recover"/>), refuses an
/// <c>OUT</c> that is a file or holds anything but model files, and creates the empty sibling
/// <c>OUT.tmp-RANDOM</c> in the same parent, so an unwritable place fails before any training.</item>
/// <item><see cref="Write"/> puts every file into <c>OUT.tmp-RANDOM</c>, flushed to disk; the card, which
/// holds the SHA-256 of the others, is written last.</item>
/// <item><see cref="Commit"/> renames <c>OUT</c> to <c>OUT.old-RANDOM</c> (if it exists), renames
/// <c>OUT.tmp-RANDOM</c> to <c>OUT</c>, then deletes <c>OUT.old-RANDOM</c>. Each rename is atomic within
/// one parent folder.</item>
/// </list>
/// A kill leaves one of four states, and the next <c>train</c> (<see cref="Recover"/>) repairs each:
/// while writing, <c>OUT</c> is still the old set and the temporary folder is deleted; between the two
/// renames, <c>OUT</c> is missing and the complete new set (checked against its card) is renamed in, or
/// else the old one is renamed back; after the second rename, <c>OUT</c> is the new set and the old
/// folder is deleted. Any failure before the swap deletes the temporary folder and leaves <c>OUT</c> as
/// it was. One <c>train</c> at a time per folder is assumed.
/// </summary>
internal sealed partial class ModelFolderWriter : IDisposable
{
    private const string TemporaryTag = "tmp";
    private const string ReplacedTag = "old";

    private readonly string _folder;
    private readonly string _temporary;
    private readonly string _replaced;
    private readonly Action<string> _afterStep;
    private bool _committed;

    private ModelFolderWriter(string folder, Action<string> afterStep)
    {
        _folder = folder;
        _afterStep = afterStep;
        // One random tag names both siblings of a run.
        var random = Guid.NewGuid().ToString("N");
        _temporary = Sibling(folder, TemporaryTag, random);
        _replaced = Sibling(folder, ReplacedTag, random);
        Directory.CreateDirectory(_temporary);
    }

    /// <summary>Recovers <paramref name="folder"/>, checks it may be replaced, and starts a temporary sibling.</summary>
    /// <param name="folder">The models folder to (re)place.</param>
    /// <param name="afterStep">Called after each step with its name: tests stop or snapshot the folders there.</param>
    /// <exception cref="IOException"><paramref name="folder"/> is a file, holds other files, or its parent is not writable.</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder is not writable.</exception>
    public static ModelFolderWriter Open(string folder, Action<string>? afterStep = null)
    {
        var full = FullPath(folder);
        if (Path.GetFileName(full).Length == 0)
        {
            throw new IOException($"{folder}: a models folder cannot be the root of a file system");
        }

        if (File.Exists(full))
        {
            throw new IOException($"{folder}: is a file, not a folder");
        }

        Recover(full);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).FirstOrDefault(e => !ModelFiles.All.Contains(Path.GetFileName(e))) is { } foreign)
        {
            throw new IOException($"{folder}: holds {Path.GetFileName(foreign)}, which is not a model file; train replaces the whole folder, so choose a new or empty one");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var writer = new ModelFolderWriter(full, afterStep ?? (_ => { }));
        try
        {
            writer._afterStep("created " + Path.GetFileName(writer._temporary));
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        return writer;
    }

    /// <summary>Writes one file into the temporary folder and flushes it to disk.</summary>
    public void Write(string name, byte[] bytes)
    {
        using (var stream = new FileStream(Path.Combine(_temporary, name), FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        _afterStep("wrote " + name);
    }

    /// <summary>Swaps the written set in for the old one (see the class summary).</summary>
    public void Commit()
    {
        var hadOld = Directory.Exists(_folder);
        try
        {
            if (hadOld)
            {
                Directory.Move(_folder, _replaced);
                _afterStep("moved the old set away");
            }

            Directory.Move(_temporary, _folder);
            _committed = true;
        }
        catch when (hadOld && !Directory.Exists(_folder) && Directory.Exists(_replaced))
        {
            // The new set could not be moved in: put the old one back rather than leave no folder.
            Directory.Move(_replaced, _folder);
            throw;
        }

        _afterStep("moved the new set in");
        if (hadOld)
        {
            Directory.Delete(_replaced, recursive: true);
            _afterStep("deleted the old set");
        }
    }

    /// <summary>Deletes what a failed or interrupted <see cref="Commit"/> left: the temporary folder, or the replaced one.</summary>
    public void Dispose()
    {
        var leftover = _committed ? _replaced : _temporary;
        if (Directory.Exists(leftover))
        {
            Directory.Delete(leftover, recursive: true);
        }
    }

    /// <summary>
    /// Repairs what a killed <c>train --out</c> left: if <paramref name="folder"/> is missing, renames in
    /// the newest complete temporary set, or else a complete replaced one; then deletes every other
    /// temporary and replaced sibling.
    /// </summary>
    public static void Recover(string folder)
    {
        var full = FullPath(folder);
        var siblings = InterruptedSiblings(full).ToList();
        if (!Directory.Exists(full))
        {
            var restore = siblings.Where(s => TagOf(s) == TemporaryTag).OrderByDescending(Directory.GetLastWriteTimeUtc).Where(IsComplete)
                .Concat(siblings.Where(s => TagOf(s) == ReplacedTag).Where(IsComplete))
                .FirstOrDefault();
            if (restore is not null)
            {
                Directory.Move(restore, full);
                siblings.Remove(restore);
            }
        }

        foreach (var sibling in siblings)
        {
            Directory.Delete(sibling, recursive: true);
        }
    }

    /// <summary>The temporary and replaced folders an interrupted run left beside <paramref name="folder"/>, in name order.</summary>
    public static IEnumerable<string> InterruptedSiblings(string folder)
    {
        var full = FullPath(folder);
        var parent = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        if (parent is null || name.Length == 0 || !Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, name + ".*")
            .Where(d => Path.GetFileName(d).StartsWith(name, StringComparison.Ordinal) && SiblingSuffix().IsMatch(Path.GetFileName(d)[name.Length..]))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsComplete(string folder)
    {
        try
        {
            ModelStore.LoadDirectory(folder);
            return true;
        }
        catch (ModelFormatException)
        {
            return false;
        }
    }

    private static string FullPath(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private static string Sibling(string folder, string tag, string random) => $"{folder}.{tag}-{random}";

    private static string TagOf(string sibling) => SiblingSuffix().Match(Path.GetFileName(sibling)[Path.GetFileName(sibling).LastIndexOf('.')..]).Groups[1].Value;

    [GeneratedRegex($"^\\.({TemporaryTag}|{ReplacedTag})-[0-9a-f]{{32}}$")]
    private static partial Regex SiblingSuffix();
}
