using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Attache.Cli.Server;

/// <summary>The lines of a request body as bytes, read as they arrive, so a batch is processed while it is still being sent.</summary>
internal static class RequestLines
{
    private const byte NewLine = (byte)'\n';

    /// <summary>Each line without its <c>\n</c>; a last line without one too. Memory holds one line at a time.</summary>
    public static async IAsyncEnumerable<byte[]> ReadAsync(PipeReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var lines = new List<byte[]>();
            while (buffer.PositionOf(NewLine) is { } end)
            {
                lines.Add(buffer.Slice(0, end).ToArray());
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }

            if (result.IsCompleted && !buffer.IsEmpty)
            {
                lines.Add(buffer.ToArray());
                buffer = buffer.Slice(buffer.End);
            }

            // Advanced before the lines are handed out: they are copies, and the reader may refill meanwhile.
            reader.AdvanceTo(buffer.Start, buffer.End);
            foreach (var line in lines)
            {
                yield return line;
            }

            if (result.IsCompleted)
            {
                yield break;
            }
        }
    }
}
