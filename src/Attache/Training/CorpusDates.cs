using System.Globalization;

namespace Attache.Training;

/// <summary>Publication dates from the <c>date</c> column of a corpus's <c>splits.tsv</c>, where it has one.</summary>
internal static class CorpusDates
{
    public static Dictionary<string, DateOnly> Read(string directory)
    {
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var path = Path.Combine(directory, Corpus.SplitsFile);
        if (!File.Exists(path))
        {
            return result;
        }

        var lines = File.ReadAllLines(path);
        var column = lines.Length > 0 ? Array.IndexOf(lines[0].Split('\t'), "date") : -1;
        foreach (var fields in lines.Skip(1).Select(l => l.Split('\t')))
        {
            if (column > 0 && column < fields.Length
                && DateOnly.TryParseExact(fields[column], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                result[fields[0]] = date;
            }
        }

        return result;
    }
}
