namespace Attache.Formats;

/// <summary>
/// Converts between UTF-16 indexes (.NET strings) and Unicode code point indexes (brat offsets).
/// The two agree for texts without characters outside the Basic Multilingual Plane.
/// </summary>
internal sealed class CodePointIndex
{
    private readonly int[]? _utf16ByCodePoint;
    private readonly int[]? _codePointByUtf16;

    public CodePointIndex(string text)
    {
        var hasPairs = false;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                hasPairs = true;
                break;
            }
        }

        Utf16Length = text.Length;
        if (!hasPairs)
        {
            CodePointLength = text.Length;
            return;
        }

        var byCodePoint = new List<int>(text.Length + 1);
        _codePointByUtf16 = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            _codePointByUtf16[i] = byCodePoint.Count;
            byCodePoint.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                _codePointByUtf16[i] = byCodePoint.Count;
            }
        }

        _codePointByUtf16[text.Length] = byCodePoint.Count;
        byCodePoint.Add(text.Length);
        _utf16ByCodePoint = [.. byCodePoint];
        CodePointLength = _utf16ByCodePoint.Length - 1;
    }

    public int CodePointLength { get; }

    public int Utf16Length { get; }

    public int ToCodePoint(int utf16Index) => _codePointByUtf16 is null ? utf16Index : _codePointByUtf16[utf16Index];

    public int ToUtf16(int codePoint) => _utf16ByCodePoint is null ? codePoint : _utf16ByCodePoint[codePoint];
}
