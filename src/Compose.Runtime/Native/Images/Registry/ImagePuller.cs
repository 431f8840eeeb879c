using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Pulls an image into the store: resolves the manifest for the platform, fetches the config, then downloads the
/// missing layers in parallel (each saved, verified and unpacked in one pass, see <see cref="LayerStore"/>), and
/// records the tag and the repo digest. Progress messages come as the Docker engine's do; failures are thrown
/// naming the image and its registry.
/// </summary>
internal sealed class ImagePuller(StoreServices store, HttpClient http, Func<string, CancellationToken, Task<RegistryAuthDto?>> credentials, int concurrency)
{
    public async IAsyncEnumerable<ImageProgress> PullAsync(ImagePullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = ImageName.Parse(request.Reference).Normalized;
        var platform = request.Platform is { Length: > 0 } text ? Platform.Parse(text) : Platform.Host;
        var channel = Channel.CreateUnbounded<ImageProgress>(new UnboundedChannelOptions { SingleReader = true });
        var work = Task.Run(async () =>
        {
            try
            {
                await PullErrorMapper.RunAsync(name, () => RunAsync(name, platform, new PullProgress(channel.Writer), cancellationToken)).ConfigureAwait(false);
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, cancellationToken);
        await foreach (var progress in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }

        await work.ConfigureAwait(false);
    }

    private async Task RunAsync(ImageName name, Platform platform, PullProgress progress, CancellationToken cancellationToken)
    {
        progress.Status(name.Tag ?? name.Digest, $"Pulling from {name.Path}");
        var client = new RegistryClient(http, name, await credentials(name.Domain, cancellationToken).ConfigureAwait(false));
        await client.PingAsync(cancellationToken).ConfigureAwait(false);
        var resolved = await ManifestResolver.ResolveAsync(client, name, platform, cancellationToken).ConfigureAwait(false);
        using var adding = await store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        var upToDate = await IsUpToDateAsync(name, resolved, cancellationToken).ConfigureAwait(false);
        if (!upToDate)
        {
            var config = await FetchConfigAsync(client, resolved, cancellationToken).ConfigureAwait(false);
            await FetchLayersAsync(client, resolved.Manifest.Layers ?? [], config.RootFs?.DiffIds ?? [], progress, cancellationToken).ConfigureAwait(false);
        }

        var names = new List<string> { $"{name.Repository}@{resolved.RepoDigest}" };
        if (name.Tag is not null)
        {
            names.Insert(0, name.ToString());
        }

        await store.Importer.CommitAsync(resolved.Content, names, cancellationToken).ConfigureAwait(false);
        progress.Status(null, $"Digest: {resolved.RepoDigest}");
        progress.Status(null, upToDate ? $"Status: Image is up to date for {name.Familiar}" : $"Status: Downloaded newer image for {name.Familiar}");
    }

    private async Task<bool> IsUpToDateAsync(ImageName name, ResolvedManifest resolved, CancellationToken cancellationToken)
    {
        var images = StoredImage.FromIndex(await store.IndexFile.ReadAsync(cancellationToken).ConfigureAwait(false));
        var current = ImageLookup.Find(images, name.ToString());
        return current is not null && current.Manifest.Digest == resolved.Digest && store.Blobs.Exists(resolved.Manifest.Config!.Digest);
    }

    private async Task<ImageConfigFileDto> FetchConfigAsync(RegistryClient client, ResolvedManifest resolved, CancellationToken cancellationToken)
    {
        var descriptor = resolved.Manifest.Config!;
        if (!store.Blobs.Exists(descriptor.Digest))
        {
            using var response = await client.GetBlobAsync(descriptor.Digest, cancellationToken).ConfigureAwait(false);
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            BlobStore.Verify($"config {descriptor.Digest}", descriptor, Digest.Of(content), content.Length);
            await store.Blobs.PutAsync(content, cancellationToken).ConfigureAwait(false);
        }

        var config = await store.Reader.ReadConfigAsync(resolved.Manifest, cancellationToken).ConfigureAwait(false);
        var diffIds = config.RootFs?.DiffIds ?? [];
        return diffIds.Count == (resolved.Manifest.Layers?.Count ?? 0) && diffIds.All(Digest.IsValid)
            ? config
            : throw new InvalidDataException($"the image config {descriptor.Digest} lists {diffIds.Count} layers but the manifest has {resolved.Manifest.Layers?.Count ?? 0}");
    }

    private async Task FetchLayersAsync(RegistryClient client, List<DescriptorDto> layers, List<string> diffIds, PullProgress progress, CancellationToken cancellationToken)
    {
        var pending = new List<Task>();
        using var slots = new SemaphoreSlim(concurrency);
        for (var i = 0; i < layers.Count; i++)
        {
            var (layer, diffId, id) = (layers[i], diffIds[i], Digest.Short(layers[i].Digest));
            if (store.Layers.IsComplete(layer, diffId))
            {
                progress.Status(id, "Already exists");
                continue;
            }

            progress.Status(id, "Pulling fs layer");
            pending.Add(FetchLayerAsync(client, layer, diffId, id, slots, progress, cancellationToken));
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private async Task FetchLayerAsync(RegistryClient client, DescriptorDto layer, string diffId, string id, SemaphoreSlim slots, PullProgress progress, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LayerDownload.RunAsync(() => DownloadAsync(client, layer, diffId, id, progress, cancellationToken), store.Time, cancellationToken).ConfigureAwait(false);
            progress.Status(id, "Pull complete");
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task DownloadAsync(RegistryClient client, DescriptorDto layer, string diffId, string id, PullProgress progress, CancellationToken cancellationToken)
    {
        using var response = await client.GetBlobAsync(layer.Digest, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var total = response.Content.Headers.ContentLength ?? layer.Size;
        await store.Layers.AddAsync(body, layer, diffId, progress.Downloading(id, total), cancellationToken).ConfigureAwait(false);
        progress.Status(id, "Download complete");
    }
}
