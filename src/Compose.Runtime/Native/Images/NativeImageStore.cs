using System.Collections.Immutable;
using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Archives;
using Compose.Runtime.Native.Images.Build;
using Compose.Runtime.Native.Images.Layers;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Registry;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images;

/// <summary>
/// The daemonless driver's image store under <c>&lt;root&gt;/images</c>: an OCI image layout plus each layer unpacked
/// once, shared safely by several composectl processes (see docs/runtime.md, "Native images"). Needs root for
/// unpacking (owners, devices, whiteouts) and mounting; nothing here talks to dockerd or containerd.
/// </summary>
public sealed class NativeImageStore : INativeImageStore, IDisposable
{
    private readonly NativeImageStoreOptions _options;
    private readonly StoreServices _store;
    private readonly HttpClient _http;

    public NativeImageStore(NativeImageStoreOptions options)
        : this(options, RegistryHttp.Create())
    {
    }

    internal NativeImageStore(NativeImageStoreOptions options, HttpClient http)
    {
        _options = options;
        _store = new StoreServices(options.Root, options.Time);
        _http = http;
    }

    /// <summary>Whether builds can run here (buildah and skopeo are installed).</summary>
    public static bool CanBuild => BuildahBuilder.IsAvailable;

    public string Directory => _store.Layout.Directory;

    public async Task<NativeImage?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var images = StoredImage.FromIndex(await _store.IndexFile.ReadAsync(cancellationToken).ConfigureAwait(false));
        return ImageLookup.Find(images, reference) is { } stored
            ? await _store.Reader.ReadAsync(stored, cancellationToken).ConfigureAwait(false)
            : null;
    }

    public async Task<ImmutableArray<NativeImage>> ListAsync(CancellationToken cancellationToken)
    {
        var images = StoredImage.FromIndex(await _store.IndexFile.ReadAsync(cancellationToken).ConfigureAwait(false));
        var result = new List<NativeImage>();
        foreach (var image in images)
        {
            result.Add(await _store.Reader.ReadAsync(image, cancellationToken).ConfigureAwait(false));
        }

        return [.. result];
    }

    public Task<string> MountRootfsAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken)
    {
        _store.Layout.EnsureCreated();
        _store.Holds.Hold(image.Id, containerDirectory);
        IReadOnlyList<string> lower = image.LayerDirectories.IsEmpty ? [_store.Layout.EmptyLayer] : [.. image.LayerDirectories.Reverse()];
        return Task.FromResult(OverlayMounter.Mount(lower, containerDirectory));
    }

    public Task UnmountRootfsAsync(string containerDirectory, CancellationToken cancellationToken)
    {
        OverlayMounter.Unmount(containerDirectory);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Records that the container in <paramref name="containerDirectory"/> uses the image, so removal refuses it (or,
    /// forced, only untags it). <see cref="MountRootfsAsync"/> does this too; call it for a container created but not
    /// yet mounted. The hold lapses when the directory is removed.
    /// </summary>
    public Task RetainAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken)
    {
        _store.Layout.EnsureCreated();
        _store.Holds.Hold(image.Id, containerDirectory);
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<ImageProgress> PullAsync(ImagePullRequest request, CancellationToken cancellationToken) =>
        new ImagePuller(_store, _http, FindCredentialsAsync, _options.MaxConcurrentDownloads).PullAsync(request, cancellationToken);

    /// <summary>Pushes a named image from the store to its registry (through skopeo; see <see cref="SkopeoPusher"/>).</summary>
    public IAsyncEnumerable<ImageProgress> PushAsync(string reference, CancellationToken cancellationToken) =>
        new SkopeoPusher(_store, FindCredentialsAsync).PushAsync(reference, cancellationToken);

    /// <summary>Loads a <c>docker save</c> or OCI archive (plain or gzip/zstd); <paramref name="source"/> names it in errors.</summary>
    public Task<ImmutableArray<LoadedImage>> LoadAsync(Stream archive, string? source, CancellationToken cancellationToken) =>
        new ArchiveLoader(_store).LoadAsync(archive, source, cancellationToken);

    public IAsyncEnumerable<ImageProgress> BuildAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) =>
        new BuildahBuilder(_store, _options.Root, new BuildBaseImages(_store, PullAsync)).BuildAsync(spec, contextTar, cancellationToken);

    /// <summary>Gives the image a further name (<c>docker tag</c>); a name another image had moves here.</summary>
    public async Task TagAsync(string source, string target, CancellationToken cancellationToken)
    {
        var name = ImageName.Parse(target).Normalized;
        if (name.Digest is not null)
        {
            throw new InvalidImageReferenceException(target, "a tag cannot name a digest");
        }

        using var adding = await _store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        var image = ImageLookup.Find(StoredImage.FromIndex(await _store.IndexFile.ReadAsync(cancellationToken).ConfigureAwait(false)), source)
            ?? throw new ImageNotFoundException("tag image", source, $"No such image: {source}");
        await _store.Editor.RecordAsync(image.Manifest, image.Id, image.Size, [name.ToString()], cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>docker rmi</c>: returns the untagged names and, when the image went, its id.</summary>
    public async Task<ImmutableArray<string>> RemoveAsync(string reference, bool force, CancellationToken cancellationToken)
    {
        using var deleting = await _store.DeletingContentAsync(cancellationToken).ConfigureAwait(false);
        return await _store.Remover.RemoveAsync(reference, force, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private Task<RegistryAuthDto?> FindCredentialsAsync(string registry, CancellationToken cancellationToken) =>
        new RegistryCredentials(DockerConfigFile.Load(_options.DockerConfigDirectory), new CredentialHelperRunner()).FindAsync(registry, cancellationToken);
}
