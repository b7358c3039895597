namespace Attache.Training;

/// <summary>A reviewed place where a lexicon phrase is rightly not annotated as an event, with the reason.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Line">The 1-based line of its text file.</param>
/// <param name="Phrase">The phrase as the audit prints it.</param>
/// <param name="Reason">Why it is not an event by the guidelines (generic, a forum's name, another sense...).</param>
internal sealed record AuditException(string Document, int Line, string Phrase, string Reason)
{
    /// <summary>The file of reviewed exceptions in a corpus folder.</summary>
    public const string FileName = "audit-exceptions.tsv";

    /// <summary>Reads <c>document TAB line TAB phrase TAB reason</c> lines (a header line and <c>#</c> comments are skipped); a missing file is no exceptions.</summary>
    public static List<AuditException> Read(string directory, ICollection<Formats.FormatError> errors)
    {
        var path = Path.Combine(directory, FileName);
        var exceptions = new List<AuditException>();
        if (!File.Exists(path))
        {
            return exceptions;
        }

        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 4 || !int.TryParse(fields[1], out var line) || fields[3].Trim().Length == 0)
            {
                errors.Add(new Formats.FormatError(path, i + 1, "expected: document, line, phrase and a reason, separated by tabs"));
                continue;
            }

            exceptions.Add(new AuditException(fields[0], line, fields[2], fields[3]));
        }

        return exceptions;
    }
}
