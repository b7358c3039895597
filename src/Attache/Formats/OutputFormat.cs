namespace Attache.Formats;

/// <summary>The output formats that come with Attache (<see cref="DocumentWriters.BuiltIn"/>); <c>attache extract --format</c> takes their names.</summary>
public enum OutputFormat
{
    /// <summary><c>json</c>: one indented JSON object per document; several documents are one JSON array.</summary>
    Json,

    /// <summary><c>jsonl</c>: one JSON object per line.</summary>
    JsonLines,

    /// <summary><c>brat</c>: brat standoff <c>.ann</c> lines; into a folder, a <c>NAME.txt</c> and <c>NAME.ann</c> pair per document.</summary>
    Brat,

    /// <summary><c>conll</c>: CoNLL-2003-style BIO tags, one token per line.</summary>
    Conll,

    /// <summary><c>html</c>: one readable page; into a folder, one page per document and an <c>index.html</c>.</summary>
    Html,
}
