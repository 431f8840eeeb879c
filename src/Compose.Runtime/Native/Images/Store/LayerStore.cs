using System.Globalization;
using Compose.Runtime.Native.Images.Layers;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Adds a layer in one pass over its bytes: the compressed blob is saved and hashed while the same bytes are
/// decompressed, hashed again and unpacked. Only when both digests are the promised ones are the blob and the
/// layer directory renamed into place; otherwise both are discarded. Each layer is unpacked once per diff id, and a
/// concurrent process that finished the same layer first wins the rename (ours is then deleted).
/// </summary>
internal sealed class LayerStore(StoreLayout layout, BlobStore blobs)
{
    public bool HasLayer(string diffId) => Directory.Exists(layout.Layer(diffId));

    public bool IsComplete(DescriptorDto blob, string diffId) => HasLayer(diffId) && blobs.Exists(blob.Digest);

    /// <summary>Uncompressed size of an unpacked layer's files, as recorded when it was unpacked (0 when unknown).</summary>
    public long SizeOf(string diffId) =>
        File.Exists(SizeFile(diffId)) && long.TryParse(File.ReadAllText(SizeFile(diffId)), CultureInfo.InvariantCulture, out var size) ? size : 0;

    public async Task AddAsync(Stream source, DescriptorDto blob, string diffId, Action<long>? progress, CancellationToken cancellationToken)
    {
        var (needBlob, needLayer) = (!blobs.Exists(blob.Digest), !HasLayer(diffId));
        var blobTemporary = layout.NewTemporaryPath("blob");
        var layerTemporary = layout.NewTemporaryPath("layer");
        try
        {
            UnpackedLayer? unpacked = null;
            string digest;
            await using (var copy = needBlob ? new FileStream(blobTemporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true) : null)
            await using (var hashing = new HashingStream(source, copy, leaveOpen: true) { OnRead = progress })
            {
                if (needLayer)
                {
                    unpacked = await UnpackOrBlameContentAsync(hashing, blob, layerTemporary, diffId, cancellationToken).ConfigureAwait(false);
                }

                digest = await hashing.DrainAndDigestAsync(cancellationToken).ConfigureAwait(false);
                BlobStore.Verify($"layer {blob.Digest}", blob, digest, hashing.BytesRead);
            }

            if (needBlob)
            {
                blobs.Commit(blobTemporary, blob.Digest);
            }

            if (unpacked is not null)
            {
                CommitLayer(layerTemporary, diffId, unpacked.ContentSize);
            }
        }
        finally
        {
            Discard(blobTemporary, layerTemporary);
        }
    }

    /// <summary>A blob damaged in transit usually breaks decompression before its digest can be compared: say the digest is wrong, the real cause.</summary>
    private static async Task<UnpackedLayer> UnpackOrBlameContentAsync(HashingStream hashing, DescriptorDto blob, string destination, string diffId, CancellationToken cancellationToken)
    {
        try
        {
            return await UnpackAsync(hashing, destination, diffId, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            var digest = await hashing.DrainAndDigestAsync(cancellationToken).ConfigureAwait(false);
            BlobStore.Verify($"layer {blob.Digest}", blob, digest, hashing.BytesRead);
            throw;
        }
    }

    private static async Task<UnpackedLayer> UnpackAsync(Stream hashing, string destination, string diffId, CancellationToken cancellationToken)
    {
        var unpacked = await LayerUnpacker.UnpackAsync(hashing, destination, cancellationToken).ConfigureAwait(false);
        return unpacked.DiffId == diffId
            ? unpacked
            : throw new ContentVerificationException("verify", $"layer {diffId}", $"the uncompressed layer's digest is {unpacked.DiffId}, not the image config's diff id {diffId}; the layer was discarded");
    }

    private void CommitLayer(string temporary, string diffId, long size)
    {
        File.WriteAllText(SizeFile(diffId), size.ToString(CultureInfo.InvariantCulture));
        try
        {
            Directory.Move(temporary, layout.Layer(diffId));
        }
        catch (IOException) when (HasLayer(diffId))
        {
            // Another process unpacked the same layer meanwhile: its copy stays, ours is discarded below.
        }
    }

    private string SizeFile(string diffId) => layout.Layer(diffId) + ".size";

    private static void Discard(string blobTemporary, string layerTemporary)
    {
        if (File.Exists(blobTemporary))
        {
            File.Delete(blobTemporary);
        }

        if (Directory.Exists(layerTemporary))
        {
            Directory.Delete(layerTemporary, recursive: true);
        }
    }
}
