namespace Attache.Knowledge;

/// <summary>
/// The embedded one-phrase-a-line lists the linker uses (title spellings, leader offices, given-name
/// forms, place kinds): blank lines and <c>#</c> comments are skipped. The word lists of the language
/// are the language profile's (<see cref="Text.LanguageProfile"/>).
/// </summary>
internal static class WordLists
{
    /// <summary>The entries in file order, for lists where the order is a rank.</summary>
    public static List<string> ReadLines(string fileName, string prefix = KnowledgeFiles.ResourcePrefix)
    {
        var lines = new List<string>();
        foreach (var raw in KnowledgeFiles.ReadResource(fileName, prefix).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines.Count > 0 ? lines : throw new KnowledgeFileException($"{fileName}: no entries");
    }

    /// <summary>The tab-separated columns of each entry, in file order.</summary>
    public static List<string[]> ReadRows(string fileName, string prefix = KnowledgeFiles.ResourcePrefix) =>
        ReadLines(fileName, prefix).Select(line => line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
}
