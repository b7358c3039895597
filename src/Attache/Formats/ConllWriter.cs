using System.Text;
using Attache.Documents;

namespace Attache.Formats;

/// <summary>
/// Writes CoNLL-2003-style BIO: one <c>token TAG</c> line per token, a blank line between sentences,
/// and a <c>-DOCSTART- O</c> line before each document. Where mentions nest (an organisation inside
/// a title) the outer, longer mention gets the tags, as BIO cannot hold both.
/// </summary>
public static class ConllWriter
{
    /// <summary>Formats a document's sentences and mentions.</summary>
    /// <param name="document">The document.</param>
    public static string Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = Tags(document);
        var sb = new StringBuilder("-DOCSTART- O\n\n");
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                sb.Append(document.Tokens[i].Text).Append(' ').Append(tags[i]).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The BIO tag of every token of the document (<c>O</c>, <c>B-Type</c>, <c>I-Type</c>).</summary>
    /// <param name="document">The document.</param>
    public static string[] Tags(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = Enumerable.Repeat("O", document.Tokens.Count).ToArray();
        var taken = new bool[document.Tokens.Count];
        foreach (var mention in document.Mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            var covered = Enumerable.Range(0, document.Tokens.Count)
                .Where(i => document.Tokens[i].Start < mention.End && mention.Start < document.Tokens[i].End)
                .ToArray();
            if (covered.Length == 0 || covered.Any(i => taken[i]))
            {
                continue;
            }

            for (var k = 0; k < covered.Length; k++)
            {
                tags[covered[k]] = (k == 0 ? "B-" : "I-") + mention.Type;
                taken[covered[k]] = true;
            }
        }

        return tags;
    }
}
