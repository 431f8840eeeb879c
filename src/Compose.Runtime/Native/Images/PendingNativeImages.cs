using System.Collections.Immutable;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Images;

/// <summary>
/// The image half of the native driver in a build without the native image store: it holds no image, and pulls,
/// builds, loads and pushes are refused with a message naming the way out. Replaced by the store's own
/// <c>NativeImages</c> when that is part of the build.
/// </summary>
public sealed class PendingNativeImages : INativeImageStore, IRuntimeImages
{
    private static RuntimeCapabilityException Refusal(string action) =>
        new("native", action + " in this build (the native image store is not part of it yet)", "use --runtime docker");

    public Task<NativeImage?> FindAsync(string reference, CancellationToken cancellationToken) => Task.FromResult<NativeImage?>(null);

    public Task<string> MountRootfsAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken) => throw Refusal("mount images");

    public Task UnmountRootfsAsync(string containerDirectory, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) => Task.FromResult<ImageInfo?>(null);

    public Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken) => Task.FromResult(ImmutableArray<ImageInfo>.Empty);

    public IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken) => throw Refusal("pull images");

    public IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) => throw Refusal("build images");

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken) => throw Refusal("tag images");

    public IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken) => throw Refusal("push images");

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken) => throw Refusal("remove images");
}
