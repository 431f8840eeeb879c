using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>Reads an image's manifest and config blobs into a <see cref="NativeImage"/>, and its layers' directories.</summary>
internal sealed class ImageReader(StoreLayout layout, BlobStore blobs)
{
    public async Task<NativeImage> ReadAsync(StoredImage stored, CancellationToken cancellationToken)
    {
        var manifest = await ReadManifestAsync(stored.Manifest.Digest, cancellationToken).ConfigureAwait(false);
        var config = await ReadConfigAsync(manifest, cancellationToken).ConfigureAwait(false);
        return new NativeImage
        {
            Id = manifest.Config!.Digest,
            RepoTags = [.. stored.Tags.Select(Familiar)],
            RepoDigests = [.. stored.Digests.Select(Familiar)],
            Config = ImageConfigMapper.ToConfig(config),
            LayerDirectories = [.. (config.RootFs?.DiffIds ?? []).Select(layout.Layer)],
            Created = ImageConfigMapper.Created(config),
            Size = stored.Size,
        };
    }

    public async Task<ManifestDto> ReadManifestAsync(string digest, CancellationToken cancellationToken)
    {
        var bytes = await blobs.ReadAsync(digest, cancellationToken).ConfigureAwait(false);
        var manifest = JsonSerializer.Deserialize(bytes, OciJsonContext.Default.ManifestDto);
        return manifest?.Config is null
            ? throw new InvalidDataException($"the manifest {digest} in {layout.Directory} has no config")
            : manifest;
    }

    public async Task<ImageConfigFileDto> ReadConfigAsync(ManifestDto manifest, CancellationToken cancellationToken)
    {
        var bytes = await blobs.ReadAsync(manifest.Config!.Digest, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(bytes, OciJsonContext.Default.ImageConfigFileDto) ?? new ImageConfigFileDto();
    }

    /// <summary>Every blob and layer directory an image needs: what garbage collection must keep.</summary>
    public async Task<(ImmutableArray<string> Blobs, ImmutableArray<string> DiffIds)> ContentOfAsync(string manifestDigest, CancellationToken cancellationToken)
    {
        if (!blobs.Exists(manifestDigest))
        {
            return ([], []);
        }

        var manifest = await ReadManifestAsync(manifestDigest, cancellationToken).ConfigureAwait(false);
        var config = blobs.Exists(manifest.Config!.Digest) ? await ReadConfigAsync(manifest, cancellationToken).ConfigureAwait(false) : new ImageConfigFileDto();
        ImmutableArray<string> blobDigests = [manifestDigest, manifest.Config.Digest, .. (manifest.Layers ?? []).Select(l => l.Digest)];
        return (blobDigests, [.. config.RootFs?.DiffIds ?? []]);
    }

    private static string Familiar(string name) =>
        ImageName.TryParse(name, out var parsed) ? parsed!.Familiar : name;
}
