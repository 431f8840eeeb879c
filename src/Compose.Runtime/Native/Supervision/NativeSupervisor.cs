using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Supervision;

/// <summary>
/// A group's (project's) supervisor, run by <c>composectl __native-supervise</c>: records each container's exit
/// (and its <c>die</c> event), restarts by policy with the engine's back-off, and runs health checks on their
/// interval. It holds the group's supervisor lock while it runs and ends when the group has no container left.
/// </summary>
internal sealed class NativeSupervisor(NativeServices services, NativeContainerParts parts)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private readonly Dictionary<string, DateTimeOffset> _restartDue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _probeDue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _probes = new(StringComparer.Ordinal);
    private readonly HealthProber _prober = new(services.Runc, services.Time);

    /// <summary>Supervises until the group is empty; false when another supervisor already holds the group.</summary>
    public async Task<bool> RunAsync(string group, CancellationToken cancellationToken)
    {
        using (var hold = FileLock.TryAcquire(services.Supervisors.LockPath(group)))
        {
            if (hold is null)
            {
                return false;
            }

            await SuperviseGroupAsync(group, cancellationToken).ConfigureAwait(false);
        }

        // After the lock is let go, so a down that removed the last resource meanwhile and saw this supervisor
        // still running leaves the project's files to this check.
        await services.Janitor.RemoveIfUnusedAsync(group, CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private async Task SuperviseGroupAsync(string group, CancellationToken cancellationToken)
    {

        await AtomicFile.WriteAsync(Path.Combine(services.Root.Projects, group, "supervisor.json"),
            new SupervisorRecord(Environment.ProcessId, ProcessProbe.StartTicks(Environment.ProcessId) ?? 0, services.Time.GetUtcNow()),
            NativeStateJsonContext.Default.SupervisorRecord, cancellationToken).ConfigureAwait(false);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var containers = await GroupContainersAsync(group, cancellationToken).ConfigureAwait(false);
                if (containers.Count == 0)
                {
                    break;
                }

                foreach (var record in containers)
                {
                    await SuperviseAsync(record, cancellationToken).ConfigureAwait(false);
                }

                await Task.Delay(Tick, services.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_probes.Values).ConfigureAwait(false);
            File.Delete(Path.Combine(services.Root.Projects, group, "supervisor.json"));
        }
    }

    private async Task<List<ContainerRecord>> GroupContainersAsync(string group, CancellationToken cancellationToken)
    {
        var records = new List<ContainerRecord>();
        foreach (var id in services.Store.ContainerIds())
        {
            if (await services.Store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false) is { } record && record.Group == group)
            {
                records.Add(record);
            }
            else if (CreatingMarker.Exists(services.Store.ContainerDirectory(id)) && !CreatingMarker.IsAbandoned(services.Store.ContainerDirectory(id)))
            {
                // A create under way may be this group's: stay for it.
                records.Add(new ContainerRecord { Id = id, Name = "", Group = group, Image = "", ImageId = "" });
            }
        }

        return records;
    }

    private async Task SuperviseAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        if (record.Name.Length == 0)
        {
            return;
        }

        var status = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.State is ContainerState.Running or ContainerState.Paused && parts.Exits.ExitOf(record.Id, status) is not null)
        {
            await OnExitAsync(record, cancellationToken).ConfigureAwait(false);
        }
        else if (status.State == ContainerState.Restarting && _restartDue.TryGetValue(record.Id, out var due) && services.Time.GetUtcNow() >= due)
        {
            await RestartAsync(record, cancellationToken).ConfigureAwait(false);
        }
        else if (status.State == ContainerState.Running && record.HealthCheck is { } check)
        {
            ScheduleProbe(record, check, status, cancellationToken);
        }
    }

    private async Task OnExitAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        using var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var before = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var status = await parts.Exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        _probeDue.Remove(record.Id);
        if (status.State != ContainerState.Exited
            || !RestartDecision.ShouldRestart(record.RestartPolicy, status.ExitCode ?? 0, status.RestartCount, status.StoppedByUser))
        {
            return;
        }

        var ran = (status.FinishedAt ?? services.Time.GetUtcNow()) - (before.StartedAt ?? services.Time.GetUtcNow());
        _restartDue[record.Id] = services.Time.GetUtcNow() + RestartDecision.Delay(status.RestartCount, ran);
        await services.Store.UpdateStatusLockedAsync(record.Id, s => s with { State = ContainerState.Restarting }, cancellationToken).ConfigureAwait(false);
    }

    private async Task RestartAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        _restartDue.Remove(record.Id);
        using var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var status = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.State != ContainerState.Restarting || status.StoppedByUser)
        {
            return;
        }

        await services.Store.UpdateStatusLockedAsync(record.Id, s => s with { State = ContainerState.Exited }, cancellationToken).ConfigureAwait(false);
        try
        {
            await parts.Starter.StartLockedAsync(record, userStart: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.ContainerRuntimeException e)
        {
            await Console.Error.WriteLineAsync($"restart of {record.Name} failed: {e.Message}").ConfigureAwait(false);
        }
    }

    private void ScheduleProbe(ContainerRecord record, HealthCheckSpec check, ContainerStatusRecord status, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        if (_probes.TryGetValue(record.Id, out var running) && !running.IsCompleted)
        {
            return;
        }

        var inStart = InStartPeriod(check, status, now);
        if (!_probeDue.TryGetValue(record.Id, out var due))
        {
            _probeDue[record.Id] = due = (status.StartedAt ?? now) + HealthState.NextDelay(check, inStart);
        }

        if (now < due)
        {
            return;
        }

        _probes[record.Id] = ProbeAsync(record, check, status.StartedAt, cancellationToken);
    }

    private async Task ProbeAsync(ContainerRecord record, HealthCheckSpec check, DateTimeOffset? startedAt, CancellationToken cancellationToken)
    {
        var result = await _prober.ProbeAsync(record, check, cancellationToken).ConfigureAwait(false);
        using var hold = await services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var status = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.State != ContainerState.Running || status.StartedAt != startedAt)
        {
            return;
        }

        var inStart = InStartPeriod(check, status, result.Start);
        var next = await services.Store.UpdateStatusLockedAsync(record.Id, s => HealthState.Apply(s, check, result, inStart), cancellationToken).ConfigureAwait(false);
        _probeDue[record.Id] = services.Time.GetUtcNow() + HealthState.NextDelay(check, InStartPeriod(check, next, services.Time.GetUtcNow()) && next.HealthStatus != "healthy");
        if (next.HealthStatus != status.HealthStatus)
        {
            await services.Events.AppendAsync(record.Group, "container", "health_status: " + next.HealthStatus, record.Id,
                ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool InStartPeriod(HealthCheckSpec check, ContainerStatusRecord status, DateTimeOffset now) =>
        check.StartPeriod is { } period && status.StartedAt is { } started && now - started < period;
}
