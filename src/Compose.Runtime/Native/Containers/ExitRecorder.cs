using System.Globalization;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Brings a container's recorded status up to date with what its monitor says, under the container's lock: an exit
/// file (or a monitor that is gone: a reboot, a kill) means the container ended, so its network is torn down, runc
/// forgets it, the exit is recorded and a <c>die</c> event is written, once, by whichever process sees it first.
/// A start that was killed midway is cleaned up the same way.
/// </summary>
internal sealed class ExitRecorder(NativeServices services, ContainerNetwork network)
{
    public async Task<ContainerStatusRecord> RefreshLockedAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        var status = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.Starting)
        {
            await network.CleanUpAsync(record, cancellationToken).ConfigureAwait(false);
            await services.Runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
            return await services.Store.UpdateStatusLockedAsync(record.Id, s => s with
            {
                Starting = false,
                State = s.StartedAt is null ? ContainerState.Created : ContainerState.Exited,
            }, cancellationToken).ConfigureAwait(false);
        }

        if (status.State is not (ContainerState.Running or ContainerState.Paused) || ExitOf(record.Id, status) is not { } exit)
        {
            return status;
        }

        await network.CleanUpAsync(record, cancellationToken).ConfigureAwait(false);
        await services.Runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var next = await services.Store.UpdateStatusLockedAsync(record.Id, s => s with
        {
            State = ContainerState.Exited,
            ExitCode = exit.Code,
            FinishedAt = exit.At,
            Pid = null,
            ConmonPid = null,
            Error = exit.Error,
            HealthStatus = s.HealthStatus is null ? null : "unhealthy",
        }, cancellationToken).ConfigureAwait(false);
        await services.Events.AppendAsync(record.Group, "container", "die", record.Id,
            ContainerEvents.Attributes(record).SetItem("exitCode", exit.Code.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>How a container that is recorded running ended, or null when it still runs.</summary>
    public (int Code, DateTimeOffset At, string? Error)? ExitOf(string id, ContainerStatusRecord status)
    {
        var exitFile = services.Paths(id).ExitFile;
        if (File.Exists(exitFile))
        {
            var text = File.ReadAllText(exitFile).Trim();
            if (text.Length == 0)
            {
                // conmon is still writing it.
                return null;
            }

            var code = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? c : 255;
            return (code, File.GetLastWriteTimeUtc(exitFile), null);
        }

        if (status.ConmonPid is { } conmon && !ProcessProbe.IsAlive(conmon))
        {
            return (255, services.Time.GetUtcNow(), "the container's monitor (conmon) is gone: the host restarted or it was killed");
        }

        return null;
    }
}
