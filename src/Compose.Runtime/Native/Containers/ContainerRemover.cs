using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>Removes a container (killing it first with force) and everything made for it; see <see cref="ContainerCollector"/>.</summary>
internal sealed class ContainerRemover(NativeServices services, ExitRecorder exits, ContainerStopper stopper, ContainerCollector collector)
{
    public async Task RemoveAsync(string idOrName, ContainerRemoveOptions options, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(services.Store, idOrName, "remove container", cancellationToken).ConfigureAwait(false);
        await RemoveInGroupAsync(record, options, cancellationToken).ConfigureAwait(false);
        await services.Janitor.RemoveIfUnusedAsync(record.Group, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveInGroupAsync(ContainerRecord record, ContainerRemoveOptions options, CancellationToken cancellationToken)
    {
        await using var groupLock = await services.GroupLocks.AcquireAsync(record.Group, cancellationToken).ConfigureAwait(false);
        using (var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false))
        {
            var status = await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
            if (status.State is ContainerState.Running or ContainerState.Paused)
            {
                if (!options.Force)
                {
                    throw new ResourceConflictException("remove container", record.Name,
                        $"You cannot remove a running container {record.Id}. Stop the container before attempting removal or force remove");
                }

                await stopper.StopLockedAsync(record with { StopSignal = "SIGKILL" }, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            }

            await services.Store.UpdateStatusLockedAsync(record.Id, s => s with { State = ContainerState.Removing, StoppedByUser = true }, cancellationToken).ConfigureAwait(false);
            await collector.RemoveFilesAsync(record, options.RemoveAnonymousVolumes, cancellationToken).ConfigureAwait(false);
        }

        services.Store.DeleteContainerLock(record.Id);
        await services.Events.AppendAsync(record.Group, "container", "destroy", record.Id, ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
    }
}
