using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// The <c>blobs/sha256</c> directory: content is written to a temporary file, checked against its digest, and
/// renamed into place, so a blob under its name is always whole and right, and two processes writing the same blob
/// both succeed (the second rename replaces identical content).
/// </summary>
internal sealed class BlobStore(StoreLayout layout)
{
    public bool Exists(string digest) => File.Exists(layout.Blob(digest));

    public FileStream OpenRead(string digest) =>
        new(layout.Blob(digest), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    public Task<byte[]> ReadAsync(string digest, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(layout.Blob(digest), cancellationToken);

    /// <summary>Stores small content (a manifest, a config) under its own digest and returns that digest.</summary>
    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var digest = Digest.Of(content.Span);
        if (!Exists(digest))
        {
            var temporary = layout.NewTemporaryPath("blob");
            await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, layout.Blob(digest), overwrite: true);
        }

        return digest;
    }

    /// <summary>Moves a finished temporary file in as <paramref name="digest"/>, once its measured digest and size were checked.</summary>
    public void Commit(string temporary, string digest) => File.Move(temporary, layout.Blob(digest), overwrite: true);

    /// <summary>Throws when what was read is not what the descriptor promised; <paramref name="what"/> names it for the message.</summary>
    public static void Verify(string what, DescriptorDto expected, string actualDigest, long actualSize)
    {
        if (actualDigest != expected.Digest)
        {
            throw new ContentVerificationException("verify", what, $"digest mismatch: expected {expected.Digest}, got {actualDigest}; the content was discarded");
        }

        if (expected.Size > 0 && actualSize != expected.Size)
        {
            throw new ContentVerificationException("verify", what, $"size mismatch: expected {expected.Size} bytes, got {actualSize}; the content was discarded");
        }
    }
}
