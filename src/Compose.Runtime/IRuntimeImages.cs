using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>The images a driver holds: inspect, list, pull, build, load, tag, push, remove.</summary>
public interface IRuntimeImages
{
    /// <summary>The image, or null when the engine does not have it.</summary>
    Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken);

    Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Pulls an image, streaming per-layer progress. Credentials for private registries come from the Docker
    /// client configuration (<c>~/.docker/config.json</c> <c>auths</c>). A failure is thrown, naming the image and registry.
    /// </summary>
    IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Builds an image from a tar of the build context (or from <see cref="ImageBuildSpec.RemoteContext"/>, when set,
    /// with <paramref name="contextTar"/> ignored), streaming the build output; a failed build is thrown with its message.
    /// </summary>
    IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the images of a <c>docker save</c> or OCI archive (plain or compressed, read as it arrives), as
    /// <c>docker load</c>; <paramref name="source"/> names the archive in errors (its path, or <c>stdin</c>). An archive
    /// the driver cannot read is an <see cref="Errors.ImageArchiveException"/>.
    /// </summary>
    Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken);

    Task TagImageAsync(string source, string target, CancellationToken cancellationToken);

    IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Removes an image (untags it); returns the ids and tags the engine removed.</summary>
    Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken);
}
