using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// Reads container output as it arrives, from either of the engine's two wire forms: without a TTY, frames of an
/// 8-byte header (stream type, three zero bytes, big-endian payload length) and the payload; with a TTY, the raw
/// bytes. Large frames are handed out in buffer-sized pieces, so memory stays flat whatever the container prints.
/// </summary>
internal sealed class OutputFrameReader(Stream stream, bool tty, string operation, string? resource) : IDisposable
{
    private const int BufferSize = 32 * 1024;
    private const byte SystemErrorStream = 3;

    private readonly byte[] _header = new byte[8];
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private OutputStream _current = OutputStream.Stdout;
    private int _remainingInFrame;

    /// <summary>The next piece of output, or null at the end of the stream.</summary>
    public async ValueTask<OutputFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(OutputFrameReader));
        if (tty)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return read == 0 ? null : new OutputFrame(OutputStream.Stdout, buffer.AsMemory(0, read));
        }

        while (_remainingInFrame == 0)
        {
            if (!await ReadHeaderAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        var count = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(_remainingInFrame, buffer.Length)), cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return null;
        }

        _remainingInFrame -= count;
        return new OutputFrame(_current, buffer.AsMemory(0, count));
    }

    private async ValueTask<bool> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var filled = await stream.ReadAtLeastAsync(_header, _header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (filled < _header.Length)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4));
        if (_header[0] == SystemErrorStream)
        {
            throw await SystemErrorAsync((int)Math.Min(length, 64 * 1024), cancellationToken).ConfigureAwait(false);
        }

        _current = _header[0] == 2 ? OutputStream.Stderr : _header[0] == 0 ? OutputStream.Stdin : OutputStream.Stdout;
        _remainingInFrame = (int)Math.Min(length, int.MaxValue);
        return true;
    }

    /// <summary>Stream 3 carries the engine's own error (e.g. an exec whose command cannot start).</summary>
    private async Task<ContainerRuntimeException> SystemErrorAsync(int length, CancellationToken cancellationToken)
    {
        var message = new byte[length];
        await stream.ReadAtLeastAsync(message, length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return new ContainerRuntimeException(operation, resource, Encoding.UTF8.GetString(message).Trim());
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
