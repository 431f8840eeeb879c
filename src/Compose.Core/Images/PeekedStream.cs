namespace Compose.Images;

/// <summary>
/// A read-only stream that gives back one byte already read from <paramref name="rest"/> (to learn whether a pipe has
/// anything at all) before the rest of it. It does not own <paramref name="rest"/>: standard input stays open.
/// </summary>
internal sealed class PeekedStream(byte first, Stream rest) : Stream
{
    private bool _firstTaken;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TakeFirst(buffer))
        {
            return 1;
        }

        return rest.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        TakeFirst(buffer.Span) ? ValueTask.FromResult(1) : rest.ReadAsync(buffer, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool TakeFirst(Span<byte> buffer)
    {
        if (_firstTaken || buffer.IsEmpty)
        {
            return false;
        }

        buffer[0] = first;
        _firstTaken = true;
        return true;
    }
}
