using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Archives;

/// <summary>
/// Imports the images of a <c>docker save</c> archive's <c>manifest.json</c> (the format of every docker version):
/// the config file is the image (its digest the id), each layer a tar file. An OCI manifest is written for each, so
/// the store stays a plain OCI layout; uncompressed layers are kept as <c>…layer.v1.tar</c> blobs, whose digest
/// is their diff id.
/// </summary>
internal sealed class DockerSaveImporter(StoreServices store)
{
    public async Task<ImmutableArray<LoadedImage>> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var entries = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(Path.Combine(directory, "manifest.json"), cancellationToken).ConfigureAwait(false),
            OciJsonContext.Default.ListSaveManifestEntryDto) ?? [];
        var loaded = new List<LoadedImage>();
        foreach (var entry in entries)
        {
            loaded.Add(await ImportAsync(directory, entry, cancellationToken).ConfigureAwait(false));
        }

        return [.. loaded];
    }

    private async Task<LoadedImage> ImportAsync(string directory, SaveManifestEntryDto entry, CancellationToken cancellationToken)
    {
        var configBytes = await File.ReadAllBytesAsync(Inside(directory, entry.Config), cancellationToken).ConfigureAwait(false);
        var configDigest = await store.Blobs.PutAsync(configBytes, cancellationToken).ConfigureAwait(false);
        var diffIds = JsonSerializer.Deserialize(configBytes, OciJsonContext.Default.ImageConfigFileDto)?.RootFs?.DiffIds ?? [];
        var paths = entry.Layers ?? [];
        if (paths.Count != diffIds.Count)
        {
            throw new InvalidDataException($"manifest.json lists {paths.Count} layers for {entry.Config}, its config {diffIds.Count}");
        }

        var layers = new List<DescriptorDto>();
        for (var i = 0; i < paths.Count; i++)
        {
            layers.Add(await ImportLayerAsync(Inside(directory, paths[i]), diffIds[i], cancellationToken).ConfigureAwait(false));
        }

        var manifest = new ManifestDto
        {
            SchemaVersion = 2,
            MediaType = MediaTypes.OciManifest,
            Config = new DescriptorDto { MediaType = MediaTypes.OciConfig, Digest = configDigest, Size = configBytes.Length },
            Layers = layers,
        };
        var names = (entry.RepoTags ?? []).Select(t => ImageName.Parse(t).Normalized.ToString()).ToList();
        var id = await store.Importer.CommitAsync(JsonSerializer.SerializeToUtf8Bytes(manifest, OciJsonContext.Default.ManifestDto), names, cancellationToken).ConfigureAwait(false);
        return new LoadedImage(id, [.. names.Select(n => ImageName.Parse(n).Familiar)]);
    }

    /// <summary>A plain tar's blob digest is its diff id, verified while it unpacks; a compressed one (newer docker) is hashed first.</summary>
    private async Task<DescriptorDto> ImportLayerAsync(string path, string diffId, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        var descriptor = await IsCompressedAsync(path, cancellationToken).ConfigureAwait(false)
            ? new DescriptorDto { MediaType = MediaTypes.OciLayerGzip, Digest = await HashAsync(path, cancellationToken).ConfigureAwait(false), Size = length }
            : new DescriptorDto { MediaType = MediaTypes.OciLayer, Digest = diffId, Size = length };
        if (!store.Layers.IsComplete(descriptor, diffId))
        {
            await using var file = File.OpenRead(path);
            await store.Layers.AddAsync(file, descriptor, diffId, null, cancellationToken).ConfigureAwait(false);
        }

        return descriptor;
    }

    private static async Task<bool> IsCompressedAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var head = new byte[2];
        return await file.ReadAsync(head, cancellationToken).ConfigureAwait(false) == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Digest.Prefix + Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A path from manifest.json, refused when it would leave the unpacked archive.</summary>
    private static string Inside(string directory, string? relative)
    {
        var full = Path.GetFullPath(Path.Combine(directory, relative ?? throw new InvalidDataException("manifest.json has an entry without a path")));
        return full.StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidDataException($"manifest.json names {relative}, outside the archive");
    }
}
