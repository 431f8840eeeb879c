using System.Collections.Immutable;
using Compose.Hashing;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Observing;

/// <summary>
/// Takes the <see cref="ObservedState"/> a plan is made from, in as few round trips as the engine allows, all at
/// once: the project snapshot (one call per resource kind), one inspect per distinct image (for "a new image behind
/// the same tag"), one per external network or volume (they carry no project label); and the digests of the
/// secret and config contents, read from disk meanwhile; and what the driver can do (cached by the driver).
/// </summary>
public sealed class StateObserver(IContainerRuntime runtime)
{
    public async Task<ObservedState> ObserveAsync(Project project, CancellationToken cancellationToken)
    {
        var snapshot = runtime.SnapshotAsync(LabelFilter.Of(ComposeLabels.Project, project.Name), cancellationToken);
        var images = ImageIdsAsync(project.Services.Values.Select(s => ServiceImages.ReferenceOf(project, s)), cancellationToken);
        var networks = ExistingAsync(project.Networks.Values.Where(n => n.External).Select(n => n.Name),
            async name => await runtime.InspectNetworkAsync(name, cancellationToken).ConfigureAwait(false) is not null);
        var volumes = ExistingAsync(project.Volumes.Values.Where(v => v.External).Select(v => v.Name),
            async name => await runtime.InspectVolumeAsync(name, cancellationToken).ConfigureAwait(false) is not null);
        var contents = ContentDigester.DigestAsync(project, cancellationToken);
        var capabilities = runtime.GetCapabilitiesAsync(cancellationToken);
        await Task.WhenAll(snapshot, images, networks, volumes, contents, capabilities).ConfigureAwait(false);
        return ObservedState.From(project.Name, await snapshot.ConfigureAwait(false)) with
        {
            ImageIds = await images.ConfigureAwait(false),
            ExternalNetworks = await networks.ConfigureAwait(false),
            ExternalVolumes = await volumes.ConfigureAwait(false),
            ContentDigests = await contents.ConfigureAwait(false),
            Capabilities = await capabilities.ConfigureAwait(false),
        };
    }

    /// <summary>What the engine holds for a project name alone (commands run without compose files).</summary>
    public async Task<ObservedState> ObserveAsync(string projectName, CancellationToken cancellationToken)
    {
        var snapshot = runtime.SnapshotAsync(LabelFilter.Of(ComposeLabels.Project, projectName), cancellationToken);
        var capabilities = runtime.GetCapabilitiesAsync(cancellationToken);
        await Task.WhenAll(snapshot, capabilities).ConfigureAwait(false);
        return ObservedState.From(projectName, await snapshot.ConfigureAwait(false)) with { Capabilities = await capabilities.ConfigureAwait(false) };
    }

    private async Task<ImmutableSortedDictionary<string, string>> ImageIdsAsync(IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var distinct = references.Distinct(StringComparer.Ordinal).ToList();
        var inspected = await Task.WhenAll(distinct.Select(r => runtime.InspectImageAsync(r, cancellationToken))).ConfigureAwait(false);
        return distinct.Zip(inspected)
            .Where(p => p.Second is not null)
            .ToImmutableSortedDictionary(p => p.First, p => p.Second!.Id, StringComparer.Ordinal);
    }

    private static async Task<ImmutableSortedSet<string>> ExistingAsync(IEnumerable<string> names, Func<string, Task<bool>> exists)
    {
        // An empty name (name: ${UNSET}) is not asked for: the planner refuses it with the reason.
        var distinct = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(distinct.Select(exists)).ConfigureAwait(false);
        return distinct.Where((_, i) => found[i]).ToImmutableSortedSet(StringComparer.Ordinal);
    }
}
