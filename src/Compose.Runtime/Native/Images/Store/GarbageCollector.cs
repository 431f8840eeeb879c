using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Deletes blobs and unpacked layers no image in <c>index.json</c> needs, and work left in <c>tmp/</c> by killed
/// processes. Runs only under the exclusive content lock, so no pull or load is writing meanwhile. A layer is
/// renamed into <c>tmp/</c> before it is deleted, so a half-deleted layer never sits under its name.
/// </summary>
internal sealed class GarbageCollector(StoreLayout layout, ImageReader reader)
{
    public async Task CollectAsync(IndexDto index, CancellationToken cancellationToken)
    {
        var keepBlobs = new HashSet<string>(StringComparer.Ordinal);
        var keepLayers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in index.Manifests.DistinctBy(e => e.Digest))
        {
            var (blobs, diffIds) = await reader.ContentOfAsync(entry.Digest, cancellationToken).ConfigureAwait(false);
            keepBlobs.UnionWith(blobs.Select(Digest.Hex));
            keepLayers.UnionWith(diffIds.Where(Digest.IsValid).Select(Digest.Hex));
        }

        foreach (var blob in Directory.EnumerateFiles(layout.Blobs).Where(b => !keepBlobs.Contains(Path.GetFileName(b))).ToList())
        {
            File.Delete(blob);
        }

        foreach (var layer in Directory.EnumerateDirectories(layout.Layers).Where(l => !keepLayers.Contains(Path.GetFileName(l))).ToList())
        {
            var doomed = layout.NewTemporaryPath("gc");
            Directory.Move(layer, doomed);
        }

        foreach (var size in Directory.EnumerateFiles(layout.Layers, "*.size").Where(f => !keepLayers.Contains(Path.GetFileNameWithoutExtension(f))).ToList())
        {
            File.Delete(size);
        }

        ClearTemporary();
    }

    private void ClearTemporary()
    {
        foreach (var entry in new DirectoryInfo(layout.Temporary).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory && directory.LinkTarget is null)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }
}
