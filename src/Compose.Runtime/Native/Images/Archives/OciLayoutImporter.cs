using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Registry;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Archives;

/// <summary>
/// Imports every image of an OCI image layout directory (an unpacked OCI archive, <c>docker save</c> of docker 25+,
/// or buildah's output): each blob is checked against its descriptor on the way in. Names come from
/// <c>io.containerd.image.name</c>, else from <c>org.opencontainers.image.ref.name</c> when that is a full
/// reference (a bare tag names no repository); an index inside the index is resolved for the host's platform.
/// </summary>
internal sealed class OciLayoutImporter(StoreServices store)
{
    private const string ContainerdName = "io.containerd.image.name";

    public async Task<ImmutableArray<LoadedImage>> ImportAsync(string directory, IReadOnlyList<string>? fallbackNames, CancellationToken cancellationToken)
    {
        var index = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(Path.Combine(directory, "index.json"), cancellationToken).ConfigureAwait(false), OciJsonContext.Default.IndexDto)
            ?? throw new InvalidDataException("index.json is empty");
        var loaded = new List<LoadedImage>();
        foreach (var entry in index.Manifests)
        {
            var manifest = await ResolveAsync(directory, entry, cancellationToken).ConfigureAwait(false);
            var names = NamesOf(entry);
            if (names.Count == 0 && fallbackNames is not null)
            {
                names = [.. fallbackNames];
            }

            loaded.Add(await ImportManifestAsync(directory, manifest, names, cancellationToken).ConfigureAwait(false));
        }

        return [.. loaded];
    }

    private async Task<(DescriptorDto Descriptor, byte[] Content)> ResolveAsync(string directory, DescriptorDto entry, CancellationToken cancellationToken)
    {
        var content = await ReadVerifiedAsync(directory, entry, cancellationToken).ConfigureAwait(false);
        if (!MediaTypes.IsIndex(entry.MediaType))
        {
            return (entry, content);
        }

        var nested = JsonSerializer.Deserialize(content, OciJsonContext.Default.IndexDto)!;
        return await ResolveAsync(directory, PlatformMatcher.Choose(nested, Platform.Host, entry.Digest), cancellationToken).ConfigureAwait(false);
    }

    private async Task<LoadedImage> ImportManifestAsync(string directory, (DescriptorDto Descriptor, byte[] Content) manifest, List<string> names, CancellationToken cancellationToken)
    {
        var parsed = JsonSerializer.Deserialize(manifest.Content, OciJsonContext.Default.ManifestDto)!;
        var configBytes = await ReadVerifiedAsync(directory, parsed.Config!, cancellationToken).ConfigureAwait(false);
        await store.Blobs.PutAsync(configBytes, cancellationToken).ConfigureAwait(false);
        var config = JsonSerializer.Deserialize(configBytes, OciJsonContext.Default.ImageConfigFileDto)!;
        var diffIds = config.RootFs?.DiffIds ?? [];
        var layers = parsed.Layers ?? [];
        for (var i = 0; i < layers.Count && i < diffIds.Count; i++)
        {
            if (!store.Layers.IsComplete(layers[i], diffIds[i]))
            {
                await using var blob = File.OpenRead(BlobPath(directory, layers[i].Digest));
                await store.Layers.AddAsync(blob, layers[i], diffIds[i], null, cancellationToken).ConfigureAwait(false);
            }
        }

        var id = await store.Importer.CommitAsync(manifest.Content, names, cancellationToken).ConfigureAwait(false);
        return new LoadedImage(id, [.. names.Select(n => ImageName.Parse(n).Familiar)]);
    }

    private static List<string> NamesOf(DescriptorDto entry)
    {
        var annotations = entry.Annotations ?? [];
        var candidate = annotations.GetValueOrDefault(ContainerdName) ?? annotations.GetValueOrDefault(IndexAnnotations.RefName);
        return candidate is not null && (candidate.Contains(':') || candidate.Contains('/')) && ImageName.TryParse(candidate, out var name)
            ? [name!.Normalized.ToString()]
            : [];
    }

    private static async Task<byte[]> ReadVerifiedAsync(string directory, DescriptorDto descriptor, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(BlobPath(directory, descriptor.Digest), cancellationToken).ConfigureAwait(false);
        BlobStore.Verify($"blob {descriptor.Digest}", descriptor, Digest.Of(content), content.Length);
        return content;
    }

    private static string BlobPath(string directory, string digest) => Path.Combine(directory, "blobs", "sha256", Digest.Hex(digest));
}
