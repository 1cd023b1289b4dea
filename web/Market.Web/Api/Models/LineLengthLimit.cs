namespace Market.Web.Api.Models;

/// <summary>
/// Reads an NDJSON body through, refusing a line longer than a limit as soon as its bytes arrive:
/// the JSON reader buffers each whole entry, so without this one endless line would sit in memory.
/// </summary>
internal sealed class LineLengthLimit(Stream inner, int maxLineBytes) : Stream
{
    private long _line = 1;
    private int _lineBytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Check(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Check(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Check(ReadOnlySpan<byte> read)
    {
        var total = read.Length;
        while (read.IndexOf((byte)'\n') is var newline and >= 0)
        {
            Count(newline);
            (_line, _lineBytes) = (_line + 1, 0);
            read = read[(newline + 1)..];
        }

        Count(read.Length);
        return total;
    }

    private void Count(int bytes)
    {
        _lineBytes += bytes;
        if (_lineBytes > maxLineBytes) throw new EntryTooLongException(_line, maxLineBytes);
    }
}
