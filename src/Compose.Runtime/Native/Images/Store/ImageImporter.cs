using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// The last step of every way an image arrives (pull, load, build): once its config blob and layers are in the
/// store, write the manifest blob and point the image's names at it in <c>index.json</c>.
/// </summary>
internal sealed class ImageImporter(BlobStore blobs, LayerStore layers, ImageIndexEditor editor)
{
    /// <summary>Records the image and returns its id (the config digest).</summary>
    public async Task<string> CommitAsync(byte[] manifestBytes, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var manifest = JsonSerializer.Deserialize(manifestBytes, OciJsonContext.Default.ManifestDto)!;
        var configBytes = await blobs.ReadAsync(manifest.Config!.Digest, cancellationToken).ConfigureAwait(false);
        var config = JsonSerializer.Deserialize(configBytes, OciJsonContext.Default.ImageConfigFileDto) ?? new ImageConfigFileDto();
        var diffIds = config.RootFs?.DiffIds ?? [];
        var missing = diffIds.FirstOrDefault(d => !layers.HasLayer(d));
        if (missing is not null || diffIds.Count != (manifest.Layers?.Count ?? 0))
        {
            throw new InvalidDataException($"image {manifest.Config.Digest}: its config lists {diffIds.Count} layers, its manifest {manifest.Layers?.Count ?? 0}{(missing is null ? "" : $", and layer {missing} is missing")}");
        }

        var manifestDigest = await blobs.PutAsync(manifestBytes, cancellationToken).ConfigureAwait(false);
        var descriptor = new DescriptorDto
        {
            MediaType = manifest.MediaType ?? MediaTypes.OciManifest,
            Digest = manifestDigest,
            Size = manifestBytes.Length,
            Platform = new PlatformDto { Os = config.Os ?? "linux", Architecture = config.Architecture ?? "amd64", Variant = config.Variant },
        };
        var size = diffIds.Sum(layers.SizeOf);
        await editor.RecordAsync(descriptor, manifest.Config.Digest, size, names, cancellationToken).ConfigureAwait(false);
        return manifest.Config.Digest;
    }
}
