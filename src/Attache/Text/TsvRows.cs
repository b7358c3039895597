namespace Attache.Text;

/// <summary>The rows of a tab-separated language file: its lines split at tabs, without blank lines and <c>#</c> comments.</summary>
internal static class TsvRows
{
    /// <summary>Each row with its 1-based line number, for error messages that name the line.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#')
            {
                yield return (i + 1, line.Split('\t'));
            }
        }
    }
}
