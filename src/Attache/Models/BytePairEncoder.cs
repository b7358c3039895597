using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace Attache.Models;

/// <summary>
/// GPT-2's byte-pair encoding (<c>r50k_base</c>) of short texts, over the vocabulary file that
/// Microsoft.ML.Tokenizers ships in its data package. The library's <see cref="TiktokenTokenizer"/>
/// gives the same tokens (a test holds the two together over every name word of the corpus), but it
/// builds three dictionaries of the 50,000 tokens when it loads, about 100 ms of the extractor's
/// start-up; this builds one, in about 30. Immutable; safe to share between threads.
/// </summary>
internal sealed partial class BytePairEncoder
{
    /// <summary>The data package's resource, a deflated <c>.tiktoken</c> file: one <c>base64 rank</c> line per token.</summary>
    private const string R50kBaseResource = "r50k_base.tiktoken.deflate";

    /// <summary>The data package's assembly (its one type is internal, so it is loaded by name).</summary>
    private const string DataPackage = "Microsoft.ML.Tokenizers.Data.R50kBase";

    /// <summary>Token ranks by the token's bytes, each byte one <see cref="char"/> (Latin-1), so span lookups need no hashing of our own.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ranks;

    private BytePairEncoder(Dictionary<string, int> ranks) => _ranks = ranks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the <c>r50k_base</c> vocabulary from the Microsoft.ML.Tokenizers data package.</summary>
    public static BytePairEncoder LoadR50kBase()
    {
        var assembly = Assembly.Load(DataPackage);
        using var resource = assembly.GetManifestResourceStream(R50kBaseResource)
            ?? throw new InvalidDataException($"{assembly.GetName().Name} holds no {R50kBaseResource}");
        using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        inflated.CopyTo(buffer);
        return new BytePairEncoder(ParseRanks(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>, each as the text it covers. A token that holds only part
    /// of a character's bytes covers the whole character, as the library reports it.
    /// </summary>
    public List<string> Encode(string text)
    {
        var tokens = new List<string>();
        foreach (var chunk in Chunks().EnumerateMatches(text))
        {
            EncodeChunk(text.AsSpan(chunk.Index, chunk.Length), tokens);
        }

        return tokens;
    }

    private void EncodeChunk(ReadOnlySpan<char> chunk, List<string> tokens)
    {
        var (bytes, charOf) = Utf8(chunk);
        if (_ranks.ContainsKey(bytes))
        {
            tokens.Add(chunk.ToString());
            return;
        }

        var starts = Merge(bytes);
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var first = charOf[starts[k]];
            var lastChar = charOf[starts[k + 1] - 1];
            tokens.Add(chunk[first..(lastChar + CharLength(chunk, lastChar))].ToString());
        }
    }

    /// <summary>
    /// Tiktoken's merge: start from single bytes and repeatedly join the adjacent pair whose joined
    /// bytes rank lowest (the leftmost on a tie) until no joined pair is a token. Returns the start of
    /// each token and, last, the end. The pairs wait in a priority queue ordered by (rank, position), and
    /// a pair whose sides have changed since it was queued is skipped when it comes up, so a word of n
    /// bytes costs O(n log n), not one scan of all pairs per merge (a 100,000-letter word took minutes).
    /// </summary>
    private List<int> Merge(ReadOnlySpan<char> bytes)
    {
        var n = bytes.Length;
        var next = new int[n + 1];
        var previous = new int[n + 1];
        for (var i = 0; i <= n; i++)
        {
            next[i] = i + 1;
            previous[i] = i - 1;
        }

        var pairs = new PriorityQueue<(int Left, int Right, int End), (int Rank, int Left)>();
        for (var i = 0; i + 1 < n; i++)
        {
            Enqueue(pairs, bytes, i, i + 1, i + 2);
        }

        var alive = new bool[n + 1];
        Array.Fill(alive, true);
        while (pairs.TryDequeue(out var pair, out _))
        {
            if (!alive[pair.Left] || !alive[pair.Right] || next[pair.Left] != pair.Right || next[pair.Right] != pair.End)
            {
                continue; // one side was merged into something else since this pair was queued
            }

            alive[pair.Right] = false;
            next[pair.Left] = pair.End;
            previous[pair.End] = pair.Left;
            if (previous[pair.Left] >= 0)
            {
                Enqueue(pairs, bytes, previous[pair.Left], pair.Left, pair.End);
            }

            if (pair.End < n)
            {
                Enqueue(pairs, bytes, pair.Left, pair.End, next[pair.End]);
            }
        }

        var starts = new List<int>();
        for (var i = 0; i < n; i = next[i])
        {
            starts.Add(i);
        }

        starts.Add(n);
        return starts;
    }

    private void Enqueue(PriorityQueue<(int Left, int Right, int End), (int Rank, int Left)> pairs, ReadOnlySpan<char> bytes, int left, int right, int end)
    {
        if (_ranks.TryGetValue(bytes[left..end], out var rank))
        {
            pairs.Enqueue((left, right, end), (rank, left));
        }
    }

    /// <summary>
    /// The UTF-8 bytes of <paramref name="chunk"/>, each as one Latin-1 character, and for each byte
    /// the index of the character it encodes (a surrogate pair's first half). A lone surrogate is
    /// written as its own three bytes rather than as U+FFFD, as the library writes it.
    /// </summary>
    private static (char[] Bytes, int[] CharOf) Utf8(ReadOnlySpan<char> chunk)
    {
        var bytes = new char[chunk.Length * 3];
        var charOf = new int[bytes.Length];
        var n = 0;
        Span<byte> utf8 = stackalloc byte[4];
        for (var c = 0; c < chunk.Length; c += CharLength(chunk, c))
        {
            int written;
            if (char.IsSurrogate(chunk[c]) && CharLength(chunk, c) == 1)
            {
                utf8[0] = (byte)(0xE0 | (chunk[c] >> 12));
                utf8[1] = (byte)(0x80 | ((chunk[c] >> 6) & 0x3F));
                utf8[2] = (byte)(0x80 | (chunk[c] & 0x3F));
                written = 3;
            }
            else
            {
                written = Encoding.UTF8.GetBytes(chunk.Slice(c, CharLength(chunk, c)), utf8);
            }

            for (var i = 0; i < written; i++)
            {
                bytes[n] = (char)utf8[i];
                charOf[n++] = c;
            }
        }

        return (bytes[..n], charOf[..n]);
    }

    /// <summary>The UTF-16 length of the character at <paramref name="c"/>: 2 for a surrogate pair, 1 otherwise (a lone surrogate too).</summary>
    private static int CharLength(ReadOnlySpan<char> chunk, int c) =>
        char.IsHighSurrogate(chunk[c]) && c + 1 < chunk.Length && char.IsLowSurrogate(chunk[c + 1]) ? 2 : 1;

    /// <summary>
    /// Parses a vocabulary file: a <c>Capacity: N</c> line, then one base64 token per line, ranked by
    /// its place (the data package's form), or <c>base64 rank</c> lines (tiktoken's own form).
    /// </summary>
    private static Dictionary<string, int> ParseRanks(ReadOnlySpan<byte> file)
    {
        var ranks = new Dictionary<string, int>(50_300, StringComparer.Ordinal);
        Span<byte> token = stackalloc byte[256];
        var next = 0;
        foreach (var range in file.Split((byte)'\n'))
        {
            var line = file[range].TrimEnd((byte)'\r');
            if (line.IsEmpty || line.StartsWith("Capacity:"u8))
            {
                continue;
            }

            var space = line.IndexOf((byte)' ');
            var rank = next;
            if (Base64.DecodeFromUtf8(space < 0 ? line : line[..space], token, out _, out var written) != OperationStatus.Done
                || (space >= 0 && !Utf8Parser.TryParse(line[(space + 1)..], out rank, out _)))
            {
                throw new InvalidDataException($"bad line in {R50kBaseResource}: {Encoding.ASCII.GetString(line)}");
            }

            ranks[Encoding.Latin1.GetString(token[..written])] = rank;
            next = rank + 1;
        }

        return ranks;
    }

    /// <summary>GPT-2's pre-tokenizer: contractions, letters, digits and other symbols, each with the space before it.</summary>
    [GeneratedRegex(@"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+")]
    private static partial Regex Chunks();
}
