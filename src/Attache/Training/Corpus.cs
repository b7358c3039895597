using Attache.Formats;

namespace Attache.Training;

/// <summary>
/// A folder of brat pairs (<c>NAME.txt</c> + <c>NAME.ann</c>, in any sub-folder) with an optional
/// <c>splits.tsv</c> (<c>id&lt;TAB&gt;split</c> ...) that assigns each document to train, dev or test.
/// </summary>
internal static class Corpus
{
    public const string SplitsFile = "splits.tsv";

    /// <summary>Reads every pair under <paramref name="root"/>, in path order; problems go to <paramref name="errors"/>.</summary>
    public static List<CorpusDocument> Read(string root, ICollection<FormatError> errors)
    {
        var splits = ReadSplits(root, errors);
        var documents = new List<CorpusDocument>();
        foreach (var ann in Directory.GetFiles(root, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var txt = Path.ChangeExtension(ann, ".txt");
            if (!File.Exists(txt))
            {
                errors.Add(new FormatError(ann, 0, $"no text file {Path.GetFileName(txt)} beside it"));
                continue;
            }

            var (text, error) = TextDecoder.Read(txt);
            if (text is null)
            {
                errors.Add(error!);
                continue;
            }

            var annotations = BratReader.Parse(File.ReadAllText(ann), text, ann, errors);
            var id = Path.GetFileNameWithoutExtension(ann);
            documents.Add(new CorpusDocument(id, txt, text, annotations, splits.GetValueOrDefault(id, "train")));
        }

        foreach (var txt in Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.ChangeExtension(txt, ".ann")) && IsCorpusText(root, txt))
            {
                errors.Add(new FormatError(txt, 0, "no annotation file beside it"));
            }
        }

        return documents;
    }

    private static bool IsCorpusText(string root, string txt)
    {
        var relative = Path.GetRelativePath(root, txt);
        return !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "tools" or "sources") && Path.GetFileName(txt) != "README.txt";
    }

    private static Dictionary<string, string> ReadSplits(string root, ICollection<FormatError> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(root, SplitsFile);
        if (!File.Exists(path))
        {
            return result;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[1] is not ("train" or "dev" or "test"))
            {
                errors.Add(new FormatError(path, lineNumber, "expected 'id<TAB>train|dev|test'"));
                continue;
            }

            if (!result.TryAdd(fields[0], fields[1]))
            {
                errors.Add(new FormatError(path, lineNumber, $"document {fields[0]} is listed twice"));
            }
        }

        return result;
    }
}
