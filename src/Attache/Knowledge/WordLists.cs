namespace Attache.Knowledge;

/// <summary>
/// The embedded one-phrase-a-line lists of language data the rules and the tokenizer use (suffixes,
/// title domains): blank lines and <c>#</c> comments are skipped.
/// </summary>
internal static class WordLists
{
    public static HashSet<string> Read(string fileName, StringComparer comparer)
    {
        var words = new HashSet<string>(comparer);
        foreach (var raw in KnowledgeFiles.ReadResource(fileName).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.Count > 0 ? words : throw new KnowledgeFileException($"{fileName}: no entries");
    }
}
