using System.Runtime.CompilerServices;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Build;

/// <summary>
/// Puts a Dockerfile's base images into buildah's storage from the native store: pulled into the store first when
/// missing (or always, with <c>pull</c>), then copied with <c>skopeo copy oci:… containers-storage:…</c>. skopeo is
/// used here because it already writes containers-storage, a format composectl has no other reason to speak.
/// </summary>
internal sealed class BuildBaseImages(StoreServices store, Func<ImagePullRequest, CancellationToken, IAsyncEnumerable<ImageProgress>> pull)
{
    public async IAsyncEnumerable<ImageProgress> PrepareAsync(ImageBuildSpec spec, string dockerfile, string storageArguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(dockerfile))
        {
            throw new ImageBuildFailedException("build image", spec.Tags.FirstOrDefault(), $"the build context has no Dockerfile at {Path.GetFileName(dockerfile)}");
        }

        var text = await File.ReadAllTextAsync(dockerfile, cancellationToken).ConfigureAwait(false);
        foreach (var reference in DockerfileBases.Find(text, spec.BuildArgs))
        {
            var name = ImageName.Parse(reference).Normalized;
            if (spec.Pull || await FindAsync(name, cancellationToken).ConfigureAwait(false) is null)
            {
                await foreach (var progress in pull(new ImagePullRequest(name.ToString()) { Platform = spec.Platform }, cancellationToken).ConfigureAwait(false))
                {
                    yield return progress;
                }
            }

            await CopyIntoBuilderAsync(name, storageArguments, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<StoredImage?> FindAsync(ImageName name, CancellationToken cancellationToken) =>
        ImageLookup.Find(StoredImage.FromIndex(await store.IndexFile.ReadAsync(cancellationToken).ConfigureAwait(false)), name.ToString());

    private async Task CopyIntoBuilderAsync(ImageName name, string storageArguments, CancellationToken cancellationToken)
    {
        var parts = storageArguments.Split(' ');
        var destination = $"containers-storage:[overlay@{parts[1]}+{parts[3]}]{name}";
        // Shared content lock: no removal may collect the blobs skopeo is reading.
        using var adding = await store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        var result = await Cli.Wrap("skopeo")
            .WithArguments(["copy", "--quiet", $"oci:{store.Layout.Directory}:{name}", destination])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new ImageBuildFailedException("build image", name.Familiar, $"cannot hand the base image to buildah (skopeo exited with {result.ExitCode}): {result.StandardError.Trim()}");
        }
    }
}
