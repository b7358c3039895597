namespace Attache.Cli;

/// <summary>Writes files through a temporary file and a rename, so readers never see a torn file.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string contents)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, contents);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
