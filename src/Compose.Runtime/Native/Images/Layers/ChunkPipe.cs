using System.Buffers;
using System.Collections.Concurrent;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// A bounded, blocking pipe between two threads of a layer's pipeline (download, decompress, unpack): the writer
/// blocks when 16 chunks wait, the reader when none does. <see cref="Fail"/> unblocks both sides of every pipe of a
/// pipeline at once, so one stage's failure ends the others instead of leaving them waiting.
/// </summary>
internal sealed class ChunkPipe(CancellationToken failed) : IDisposable
{
    private const int ChunkSize = 1024 * 1024;
    private readonly BlockingCollection<(byte[] Buffer, int Length)> _chunks = new(boundedCapacity: 16);
    private (byte[] Buffer, int Length, int Offset)? _current;

    public Stream Reader => new PipeReaderStream(this);

    /// <summary>Marks the end early (the writing stage failed): the reader sees the end of its stream.</summary>
    public void Complete() => _chunks.CompleteAdding();

    /// <summary>Copies <paramref name="source"/> into the pipe to its end, then marks the end.</summary>
    public void Fill(Stream source)
    {
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
            var read = source.Read(buffer, 0, ChunkSize);
            if (read == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                _chunks.CompleteAdding();
                return;
            }

            _chunks.Add((buffer, read), failed);
        }
    }

    private int Read(Span<byte> destination)
    {
        if (_current is not { } current)
        {
            if (!_chunks.TryTake(out var next, Timeout.Infinite, failed))
            {
                return 0;
            }

            current = (next.Buffer, next.Length, 0);
        }

        var count = Math.Min(destination.Length, current.Length - current.Offset);
        current.Buffer.AsSpan(current.Offset, count).CopyTo(destination);
        current.Offset += count;
        if (current.Offset == current.Length)
        {
            ArrayPool<byte>.Shared.Return(current.Buffer);
            _current = null;
        }
        else
        {
            _current = current;
        }

        return count;
    }

    public void Dispose() => _chunks.Dispose();

    private sealed class PipeReaderStream(ChunkPipe pipe) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => pipe.Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer) => pipe.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
