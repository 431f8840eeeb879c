using Compose.Execution;
using Compose.Images;
using Compose.Model;
using Compose.Planning;
using Compose.Targets.Engine;

namespace Compose.Watching;

/// <summary>
/// A <c>rebuild</c> action: builds the services' images with the build pipeline, then runs one reconciliation pass
/// over just those services (no dependencies): the new image id makes the planner recreate exactly their containers.
/// With <paramref name="prune"/>, an image the rebuild left without a tag (the previous build) is removed, unless a
/// container still uses it.
/// </summary>
public sealed class ServiceRebuilder(Project project, ImageServices images, bool quiet, bool prune) : IServiceRebuilder
{
    public async Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var previous = await ImageIdsAsync(services, cancellationToken).ConfigureAwait(false);
        await new ProjectBuilder(images).BuildAsync(project, services, BuildOverrides.None with { Quiet = quiet }, cancellationToken).ConfigureAwait(false);
        var reconciler = new EngineTarget(images.Runtime, images.Progress, images.Parallelism, images.Time);
        await reconciler.UpAsync(project, new UpOptions { Services = [.. services], NoDeps = true }, cancellationToken).ConfigureAwait(false);
        if (prune)
        {
            await PruneAsync(previous, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<string>> ImageIdsAsync(IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var reference in services.Select(s => project.Services[s].ImageName(project.Name)).Distinct(StringComparer.Ordinal))
        {
            if (await images.Runtime.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false) is { } image)
            {
                ids.Add(image.Id);
            }
        }

        return ids;
    }

    /// <summary>Removes the previous images that lost their last tag to the rebuild; one still in use stays (the engine refuses).</summary>
    private async Task PruneAsync(IEnumerable<string> previous, CancellationToken cancellationToken)
    {
        foreach (var id in previous)
        {
            if (await images.Runtime.InspectImageAsync(id, cancellationToken).ConfigureAwait(false) is { RepoTags.IsEmpty: true })
            {
                try
                {
                    await images.Runtime.RemoveImageAsync(id, force: false, cancellationToken).ConfigureAwait(false);
                }
                catch (Runtime.Errors.ContainerRuntimeException)
                {
                    // Still used (a one-off, another tag pushed meanwhile): pruning is best effort.
                }
            }
        }
    }
}
