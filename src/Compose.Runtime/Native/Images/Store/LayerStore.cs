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

    public Task AddAsync(Stream source, DescriptorDto blob, string diffId, Action<long>? progress, CancellationToken cancellationToken) =>
        LayerUnpacker.OnOwnThread(() => Add(source, blob, diffId, progress, cancellationToken), cancellationToken);

    /// <summary>Blocking, on threads of its own: see <see cref="LayerUnpacker.Unpack"/> and <see cref="LayerPipeline"/> for why.</summary>
    private bool Add(Stream source, DescriptorDto blob, string diffId, Action<long>? progress, CancellationToken cancellationToken)
    {
        var (needBlob, needLayer) = (!blobs.Exists(blob.Digest), !HasLayer(diffId));
        var blobTemporary = layout.NewTemporaryPath("blob");
        var layerTemporary = layout.NewTemporaryPath("layer");
        try
        {
            LayerPipeline.Result result;
            using (var copy = needBlob ? new FileStream(blobTemporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16) : null)
            {
                result = LayerPipeline.Run(source, copy, progress, needLayer ? layerTemporary : null, cancellationToken);
            }

            // A wrong blob is the cause whatever else failed after it (a damaged gzip stream fails to decompress first).
            if (result.BlobDigest is not null)
            {
                BlobStore.Verify($"layer {blob.Digest}", blob, result.BlobDigest, result.BlobSize);
            }

            if (result.Failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(result.Failure);
            }

            var unpacked = result.Layer;
            if (unpacked is not null && unpacked.DiffId != diffId)
            {
                throw new ContentVerificationException("verify", $"layer {diffId}", $"the uncompressed layer's digest is {unpacked.DiffId}, not the image config's diff id {diffId}; the layer was discarded");
            }

            if (needBlob)
            {
                blobs.Commit(blobTemporary, blob.Digest);
            }

            if (unpacked is not null)
            {
                CommitLayer(layerTemporary, diffId, unpacked.ContentSize);
            }

            return true;
        }
        finally
        {
            Discard(blobTemporary, layerTemporary);
        }
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
