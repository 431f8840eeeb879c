using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Supervision;

namespace Compose.Runtime.Native.State;

/// <summary>
/// Removes a group's (project's) own files, <c>projects/GROUP/</c> (its event log and supervisor log) and its lock
/// files, once the group has nothing left: no container (nor a create under way), network or volume with its label,
/// and no supervisor running. Called after each removal and by the supervisor as it ends, so whichever of
/// <c>down</c> and the supervisor finishes last cleans up: the supervisor checks after letting its lock go, a
/// removal checks after its record is gone, so both cannot see the other still there. A named volume kept by
/// <c>down</c> keeps the group's files (its events stay readable).
/// </summary>
internal sealed class GroupStateJanitor(StateStore store, GroupLocks locks, SupervisorLauncher supervisors)
{
    // One check at a time in this process: then the group lock's other holders are steps that change the group,
    // never another check, and the last removal to finish (whose check comes after its own lock is let go) is the
    // sole holder.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Call without holding the group's lock (a check inside a step that holds it would never be its sole holder).</summary>
    public async Task RemoveIfUnusedAsync(string group, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RemoveLockedIfUnusedAsync(group, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RemoveLockedIfUnusedAsync(string group, CancellationToken cancellationToken)
    {
        await using var groupLock = await locks.AcquireAsync(group, cancellationToken).ConfigureAwait(false);
        if (supervisors.IsRunning(group) || await InUseAsync(group, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // The lock file goes only when no other step of this process is inside the group (they keep it otherwise).
        if (!await locks.DeleteIfSoleHolderAsync(group, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        File.Delete(supervisors.LockPath(group));
        var directory = Path.Combine(store.Root.Projects, group);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<bool> InUseAsync(string group, CancellationToken cancellationToken)
    {
        foreach (var id in store.ContainerIds())
        {
            var record = await store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false);
            var directory = store.ContainerDirectory(id);
            if (record?.Group == group || (record is null && CreatingMarker.Exists(directory) && !CreatingMarker.IsAbandoned(directory)))
            {
                return true;
            }
        }

        var networks = await store.ReadNetworksAsync(cancellationToken).ConfigureAwait(false);
        var volumes = await store.ReadVolumesAsync(cancellationToken).ConfigureAwait(false);
        return networks.Any(n => ContainerGroups.Of(n.Labels) == group) || volumes.Any(v => ContainerGroups.Of(v.Labels) == group);
    }
}
