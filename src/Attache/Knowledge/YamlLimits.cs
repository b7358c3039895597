using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Attache.Knowledge;

/// <summary>
/// Limits a knowledge file's YAML must keep before it is loaded, checked over the parser's event
/// stream, which needs neither recursion nor memory for the nodes: nesting depth (the loader recurses
/// once per level, so deep nesting would overflow the stack and end the process) and the number of
/// nodes the file stands for once every alias is expanded (entries sharing an anchored list are each
/// read in full, so a small file of aliases could cost minutes and gigabytes).
/// </summary>
internal static class YamlLimits
{
    /// <summary>
    /// The deepest nesting of lists and mappings accepted. Knowledge files need four levels (a list of
    /// entries, an entry, its roles, a role); 64 leaves room for any layout and stays far from the stack's limit.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most nodes a file may stand for with its aliases expanded. The shipped officials file, the
    /// largest, has about 13,500; this allows seventy times that and bounds what a hostile file can cost.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Throws a <see cref="KnowledgeFileException"/> naming file and line where <paramref name="yaml"/> breaks a limit or is not YAML.</summary>
    public static void Check(string yaml, string file)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(long Nodes, string? Anchor)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count == MaxDepth)
                        {
                            throw Error(file, current, $"lists and mappings nested deeper than {MaxDepth} levels");
                        }

                        open.Push((1, ((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value));
                        break;
                    case SequenceEnd or MappingEnd:
                        var closed = open.Pop();
                        Add(closed.Nodes, closed.Anchor, countInTotal: false);
                        break;
                    case Scalar scalar:
                        Add(1, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, countInTotal: true);
                        break;
                    case AnchorAlias alias:
                        // An unknown anchor is left to the loader, which names it.
                        Add(anchors.GetValueOrDefault(alias.Value.Value), null, countInTotal: true);
                        break;
                }

                if (total > MaxExpandedNodes)
                {
                    throw Error(file, current, $"the file stands for more than {MaxExpandedNodes:N0} nodes once its aliases are expanded");
                }
            }
        }
        catch (YamlException e)
        {
            throw KnowledgeErrors.One(file, e.Start, e.Message, e);
        }

        // A node's size joins its parent; the total counts every node once, an alias as its whole target.
        void Add(long nodes, string? anchor, bool countInTotal)
        {
            if (anchor is not null)
            {
                anchors[anchor] = nodes;
            }

            if (open.Count > 0)
            {
                var parent = open.Pop();
                open.Push((parent.Nodes + nodes, parent.Anchor));
            }

            total += countInTotal ? nodes : 1;
        }
    }

    private static KnowledgeFileException Error(string file, ParsingEvent at, string message) =>
        KnowledgeErrors.One(file, at.Start, message);
}
