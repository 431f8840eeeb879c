using System.Security.Cryptography;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// A read-only pass-through that hashes (sha256) and counts every byte read, and optionally copies it to a second
/// stream (a blob being saved while its layer is unpacked), so content is verified in the same pass that uses it.
/// </summary>
internal sealed class HashingStream(Stream inner, Stream? copy = null, bool leaveOpen = false) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    /// <summary>Called after each read with the running total (progress).</summary>
    public Action<long>? OnRead { get; init; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <summary>Reads what is left (a decompressor may stop before the end) and returns the digest of everything read.</summary>
    public async Task<string> DrainAndDigestAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (await ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }

        return Oci.Digest.FromHash(_hash);
    }

    /// <summary>The same, for the synchronous unpacking thread.</summary>
    public string DrainAndDigest()
    {
        var buffer = new byte[81920];
        while (Read(buffer) > 0)
        {
        }

        return Oci.Digest.FromHash(_hash);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Account(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (copy is not null && read > 0)
        {
            await copy.WriteAsync(buffer[..read], cancellationToken).ConfigureAwait(false);
        }

        _hash.AppendData(buffer.Span[..read]);
        Count(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Account(ReadOnlySpan<byte> data)
    {
        copy?.Write(data);
        _hash.AppendData(data);
        Count(data.Length);
    }

    private void Count(int read)
    {
        if (read > 0)
        {
            BytesRead += read;
            OnRead?.Invoke(BytesRead);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            if (!leaveOpen)
            {
                inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
