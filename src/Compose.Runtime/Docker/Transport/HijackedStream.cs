namespace Compose.Runtime.Docker.Transport;

/// <summary>
/// A connection the engine has taken over from HTTP (attach, exec start): reads return the bytes that arrived
/// with the response head first, then the raw connection; writes go straight to the process's stdin.
/// </summary>
internal sealed class HijackedStream(EngineStream connection, ReadOnlyMemory<byte> leftover) : Stream
{
    private ReadOnlyMemory<byte> _leftover = leftover;

    public override bool CanRead => true;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public ValueTask CloseWriteAsync() => connection.CloseWriteAsync();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_leftover.IsEmpty)
        {
            var count = Math.Min(buffer.Length, _leftover.Length);
            _leftover[..count].CopyTo(buffer);
            _leftover = _leftover[count..];
            return count;
        }

        return await connection.Stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        connection.Stream.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        connection.Stream.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => connection.Stream.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => connection.Stream.FlushAsync(cancellationToken);

    public override void Flush() => connection.Stream.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await connection.Stream.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
