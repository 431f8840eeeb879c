using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Stops and kills containers under their lock. A stop sends the stop signal, waits the grace period for the exit
/// file, then kills every process; both mark the container as stopped on purpose so no restart policy brings it
/// back, as the engine does.
/// </summary>
internal sealed class ContainerStopper(NativeServices services, ExitRecorder exits)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public async Task StopAsync(string idOrName, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(services.Store, idOrName, "stop container", cancellationToken).ConfigureAwait(false);
        using var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        await StopLockedAsync(record, timeout ?? TimeSpan.FromSeconds(record.StopTimeoutSeconds), cancellationToken).ConfigureAwait(false);
    }

    public async Task StopLockedAsync(ContainerRecord record, TimeSpan grace, CancellationToken cancellationToken)
    {
        var status = await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        // A container waiting for its restart stays down.
        await services.Store.UpdateStatusLockedAsync(record.Id, s => s with
        {
            StoppedByUser = true,
            State = s.State == ContainerState.Restarting ? ContainerState.Exited : s.State,
        }, cancellationToken).ConfigureAwait(false);
        if (status.State is not (ContainerState.Running or ContainerState.Paused))
        {
            return;
        }

        await SignalAsync(record, status, record.StopSignal, cancellationToken).ConfigureAwait(false);
        if (!await WaitForExitAsync(record.Id, grace, cancellationToken).ConfigureAwait(false))
        {
            await SignalAsync(record, status, "SIGKILL", cancellationToken).ConfigureAwait(false);
            await WaitForExitAsync(record.Id, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        }

        await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        await services.Events.AppendAsync(record.Group, "container", "stop", record.Id, ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
    }

    public async Task KillAsync(string idOrName, string? signal, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(services.Store, idOrName, "kill container", cancellationToken).ConfigureAwait(false);
        using var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var status = await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        if (status.State is not (ContainerState.Running or ContainerState.Paused))
        {
            throw new Errors.ResourceConflictException("kill container", record.Name, $"Cannot kill container: {record.Name}: container is not running");
        }

        var name = Signals.Normalize(signal ?? "SIGKILL");
        if (name == "SIGKILL" || name == Signals.Normalize(record.StopSignal))
        {
            await services.Store.UpdateStatusLockedAsync(record.Id, s => s with { StoppedByUser = true }, cancellationToken).ConfigureAwait(false);
        }

        await SignalAsync(record, status, name, cancellationToken).ConfigureAwait(false);
        await services.Events.AppendAsync(record.Group, "container", "kill", record.Id,
            ContainerEvents.Attributes(record).SetItem("signal", Signals.Number(name)), cancellationToken).ConfigureAwait(false);
        if (name == "SIGKILL" && await WaitForExitAsync(record.Id, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false))
        {
            await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SignalAsync(ContainerRecord record, ContainerStatusRecord status, string signal, CancellationToken cancellationToken)
    {
        var name = Signals.Normalize(signal);
        await services.Runc.KillAsync(record.Id, name, all: name == "SIGKILL", cancellationToken).ConfigureAwait(false);
        if (status.State == ContainerState.Paused)
        {
            // A frozen process gets its signal once thawed.
            await services.Runc.ResumeAsync(record.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for conmon's exit file; false when the container still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(string id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = services.Time.GetUtcNow() + timeout;
        var exitFile = services.Paths(id).ExitFile;
        while (!(File.Exists(exitFile) && new FileInfo(exitFile).Length > 0))
        {
            var status = await services.Store.ReadStatusAsync(id, cancellationToken).ConfigureAwait(false);
            if (exits.ExitOf(id, status) is not null)
            {
                return true;
            }

            if (services.Time.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(Poll, services.Time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
