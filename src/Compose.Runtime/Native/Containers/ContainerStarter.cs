using Compose.Runtime.Errors;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Starts a container under its lock: root mounted again (after a reboot), network namespace and netavark's
/// interfaces, conmon and <c>runc create</c>, then <c>runc start</c>. A start that fails takes back what it set up,
/// and one killed midway is marked <see cref="ContainerStatusRecord.Starting"/> for the next to clean.
/// </summary>
internal sealed class ContainerStarter(NativeServices services, ContainerNetwork network, ExitRecorder exits)
{
    public async Task StartAsync(string idOrName, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(services.Store, idOrName, "start container", cancellationToken).ConfigureAwait(false);
        using (var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false))
        {
            await StartLockedAsync(record, userStart: true, cancellationToken).ConfigureAwait(false);
        }

        await services.Supervisors.EnsureRunningAsync(record.Group, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the container; the caller holds its lock. <paramref name="userStart"/> false is a restart by policy (its count grows).</summary>
    public async Task StartLockedAsync(ContainerRecord record, bool userStart, CancellationToken cancellationToken)
    {
        var status = await exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        if (status.State is ContainerState.Running or ContainerState.Paused)
        {
            return;
        }

        if (record.NetworkMode.StartsWith("container:", StringComparison.Ordinal))
        {
            await RequireRunningAsync(record, record.NetworkMode["container:".Length..], cancellationToken).ConfigureAwait(false);
        }

        await network.CleanUpAsync(record, cancellationToken).ConfigureAwait(false);
        await services.Runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
        await services.Store.UpdateStatusLockedAsync(record.Id, s => s with { Starting = true }, cancellationToken).ConfigureAwait(false);
        var paths = services.Paths(record.Id);
        try
        {
            var image = await services.Images.FindAsync(record.ImageId, cancellationToken).ConfigureAwait(false)
                ?? throw new ImageNotFoundException("start container", record.Name, $"the image {record.Image} ({record.ImageId[..19]}) of this container is gone from the store");
            await services.Images.MountRootfsAsync(image, paths.Directory, cancellationToken).ConfigureAwait(false);
            await network.SetUpAsync(record, cancellationToken).ConfigureAwait(false);
            var pid = await services.Conmon.CreateAsync(record, paths, cancellationToken).ConfigureAwait(false);
            await services.Runc.StartAsync(record.Id, cancellationToken).ConfigureAwait(false);
            var conmonPid = ReadPid(paths.ConmonPidfile);
            await services.Store.UpdateStatusLockedAsync(record.Id, s => s with
            {
                State = ContainerState.Running,
                Pid = pid,
                ConmonPid = conmonPid,
                StartedAt = services.Time.GetUtcNow(),
                FinishedAt = null,
                ExitCode = null,
                Error = null,
                Starting = false,
                StoppedByUser = false,
                RestartCount = userStart ? 0 : s.RestartCount + 1,
                HealthStatus = record.HealthCheck is null ? null : "starting",
                FailingStreak = 0,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(record, e, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await services.Events.AppendAsync(record.Group, "container", "start", record.Id, ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes back what the failed start set up; a failure here must not hide the start's own error.</summary>
    private async Task FailAsync(ContainerRecord record, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await services.Runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
            await network.CleanUpAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerRuntimeException)
        {
            // What remains is removed with the container or its network.
        }

        await services.Store.UpdateStatusLockedAsync(record.Id, s => s with
        {
            State = s.StartedAt is null ? ContainerState.Created : ContainerState.Exited,
            Starting = false,
            ExitCode = 128,
            Error = error.Message,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task RequireRunningAsync(ContainerRecord record, string ownerId, CancellationToken cancellationToken)
    {
        var owner = await services.Store.ReadContainerAsync(ownerId, cancellationToken).ConfigureAwait(false);
        var status = owner is null ? null : await services.Store.ReadStatusAsync(ownerId, cancellationToken).ConfigureAwait(false);
        if (owner is null || status?.State is not (ContainerState.Running or ContainerState.Paused))
        {
            throw new ResourceConflictException("start container", record.Name,
                $"cannot join the network namespace of container {owner?.Name ?? ownerId[..12]}: it is not running");
        }
    }

    private static int? ReadPid(string path) =>
        File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
}
