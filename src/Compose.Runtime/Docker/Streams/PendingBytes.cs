using System.Buffers;

namespace Compose.Runtime.Docker.Streams;

/// <summary>The unfinished tail of a line, in a pooled buffer that grows only as long lines require.</summary>
internal sealed class PendingBytes : IDisposable
{
    private byte[] _buffer = [];
    private int _length;

    public bool IsEmpty => _length == 0;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_length + data.Length > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + data.Length, 256));
            Span.CopyTo(larger);
            Return();
            _buffer = larger;
        }

        data.CopyTo(_buffer.AsSpan(_length));
        _length += data.Length;
    }

    public void Clear() => _length = 0;

    private void Return()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    public void Dispose()
    {
        Return();
        _buffer = [];
        _length = 0;
    }
}
