using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images;

/// <summary>
/// The image half of the native driver behind the runtime seam: <see cref="IRuntimeImages"/> over a
/// <see cref="NativeImageStore"/>. Names come back in the docker CLI's familiar form (<c>busybox:latest</c>), ids with
/// their <c>sha256:</c>, removals as the Docker driver reports them (untagged names, then the deleted id).
/// </summary>
public sealed class NativeImages(NativeImageStore store) : IRuntimeImages, IAsyncDisposable
{
    /// <summary>The driver owns the store it was made with: its registry client goes with it.</summary>
    public ValueTask DisposeAsync()
    {
        store.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Builds need buildah (and skopeo); without them <see cref="BuildImageAsync"/> refuses with a capability error.</summary>
    public static bool CanBuild => NativeImageStore.CanBuild;

    public NativeImageStore Store => store;

    public async Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) =>
        await store.FindAsync(reference, cancellationToken).ConfigureAwait(false) is { } image ? ToInfo(image) : null;

    public async Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken)
    {
        var images = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. images.Where(i => MatchesLabels(i, filter.Labels) && MatchesReference(i, filter.Reference)).Select(ToInfo)];
    }

    public IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken) =>
        store.PullAsync(request, cancellationToken);

    public IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) =>
        store.BuildAsync(spec, contextTar, cancellationToken);

    public Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken) =>
        store.LoadAsync(archive, source, cancellationToken);

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken) =>
        store.TagAsync(source, target, cancellationToken);

    public IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken) =>
        store.PushAsync(reference, cancellationToken);

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken) =>
        store.RemoveAsync(reference, force, cancellationToken);

    public static ImageInfo ToInfo(NativeImage image) => new()
    {
        Id = image.Id,
        RepoTags = image.RepoTags,
        RepoDigests = image.RepoDigests,
        Labels = image.Config.Labels,
        Created = image.Created,
        Size = image.Size,
    };

    private static bool MatchesLabels(NativeImage image, LabelFilter? filter) =>
        filter is null || filter.Labels.All(l => image.Config.Labels.TryGetValue(l.Key, out var value) && (l.Value is null || l.Value == value));

    /// <summary>
    /// docker's <c>reference=</c> filter: a glob over the familiar name, with or without the tag (<c>busybox</c> matches
    /// <c>busybox:latest</c>; <c>team/*</c> matches <c>team/app:1</c>).
    /// </summary>
    private static bool MatchesReference(NativeImage image, string? pattern)
    {
        if (pattern is null)
        {
            return true;
        }

        var glob = new Regex("^" + Regex.Escape(pattern).Replace("\\*", "[^/]*").Replace("\\?", "[^/]") + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return image.RepoTags.Any(tag => glob.IsMatch(tag) || (ImageName.TryParse(tag, out var name) && glob.IsMatch(name!.FamiliarRepository)));
    }
}
