using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attache.Knowledge;

/// <summary>
/// The errors found while reading one knowledge file: reading goes on past each one, so a user fixes
/// the whole file in one pass instead of one error per run.
/// </summary>
internal sealed class KnowledgeErrors(string file)
{
    private readonly List<KnowledgeFileError> _errors = [];

    public string File { get; } = file;

    public int Count => _errors.Count;

    public void Add(int line, string? field, string message) => _errors.Add(new KnowledgeFileError(File, line, field, message));

    public void Add(YamlNode at, string? field, string message) => Add(at.Start, field, message);

    public void Add(Mark at, string? field, string message) => Add(LineOf(at), field, message);

    /// <summary>Throws the errors found, if any, as one <see cref="KnowledgeFileException"/>.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new KnowledgeFileException(_errors.OrderBy(e => e.Line));
        }
    }

    /// <summary>
    /// YamlDotNet counts lines in a long; a file is read into one string, which holds fewer than
    /// <see cref="int.MaxValue"/> characters, so its line numbers fit an int.
    /// </summary>
    public static int LineOf(Mark mark) => (int)mark.Line;

    /// <summary>A single error, for problems after which the file cannot be read further (YAML that does not parse).</summary>
    public static KnowledgeFileException One(string file, Mark at, string message, Exception? cause = null)
    {
        var error = new KnowledgeFileError(file, LineOf(at), null, message);
        return cause is null ? new KnowledgeFileException([error]) : new KnowledgeFileException([error], cause);
    }
}
