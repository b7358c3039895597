namespace Attache.Cli;

/// <summary>
/// Standard output as commands see it: every write or flush that fails raises a
/// <see cref="StandardOutputException"/>, which names the stream, so no command mistakes it for a
/// failure of one input and goes on.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new StandardOutputException(e);
        }
    }

    public override void WriteByte(byte value) => Guard(() => inner.WriteByte(value));

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not StandardOutputException)
        {
            throw new StandardOutputException(e);
        }
    }
}
