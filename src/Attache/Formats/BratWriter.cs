using System.Globalization;
using System.Text;

namespace Attache.Formats;

/// <summary>Writes brat standoff <c>.ann</c> text.</summary>
public static class BratWriter
{
    /// <summary>Formats the annotations as the lines of an <c>.ann</c> file: T, E, R, then N lines.</summary>
    /// <param name="document">The annotations.</param>
    public static string Write(BratDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        foreach (var span in document.Spans)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{span.Id}\t{span.Type} {span.Start} {span.End}\t{OneLine(span.Text)}\n");
        }

        foreach (var ev in document.Events)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{ev.Id}\t{ev.Type}:{ev.Trigger}");
            foreach (var argument in ev.Arguments)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {argument.Role}:{argument.Target}");
            }

            sb.Append('\n');
        }

        foreach (var relation in document.Relations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{relation.Id}\t{relation.Type} Arg1:{relation.Arg1} Arg2:{relation.Arg2}\n");
        }

        foreach (var normalization in document.Normalizations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{normalization.Id}\tReference {normalization.Target} {normalization.Resource}\t{OneLine(normalization.Value)}\n");
        }

        return sb.ToString();
    }

    // A span that crosses a line break stays one .ann line; brat shows such text with spaces too.
    internal static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
