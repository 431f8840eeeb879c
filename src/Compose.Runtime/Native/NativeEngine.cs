using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Exec;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Logs;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Supervision;

namespace Compose.Runtime.Native;

/// <summary>
/// The daemonless driver's containers, networks, volumes, exec, logs and events, in the shapes of
/// <see cref="IContainerRuntime"/> (which <c>NativeRuntime</c> implements over it, with the image store's half).
/// Everything it knows is in the state directory, so a new process sees what an earlier one made.
/// </summary>
public sealed partial class NativeEngine
{
    private readonly NativeServices _services;
    private readonly NativeContainerParts _parts;
    private readonly NativeExec _exec;
    private readonly ContainerLogReader _logs;

    public NativeEngine(NativeRoot root, INativeImageStore images, NativeTools tools, SupervisorCommand supervisor, TimeProvider time)
    {
        _services = new NativeServices(root, images, tools, supervisor, time);
        _parts = new NativeContainerParts(_services);
        _exec = new NativeExec(_services);
        _logs = new ContainerLogReader(time);
    }

    public NativeRoot Root => _services.Root;

    /// <summary>Why the driver cannot run on this host (not root, a program missing), or null.</summary>
    public static string? UnavailableReason(NativeTools tools)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the native runtime needs Linux";
        }

        if (Environment.UserName != "root")
        {
            return "the native runtime needs root (rootless mode is not supported yet)";
        }

        var missing = tools.Missing();
        return missing.Count == 0 ? null : $"missing {string.Join(", ", missing)}; install them with scripts/bootstrap --native (apt: runc conmon netavark aardvark-dns)";
    }

    public Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken) =>
        _parts.Creator.CreateAsync(spec, cancellationToken);

    public Task StartContainerAsync(string id, CancellationToken cancellationToken) => _parts.Starter.StartAsync(id, cancellationToken);

    public Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) =>
        _parts.Stopper.StopAsync(id, timeout, cancellationToken);

    public async Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        await _parts.Stopper.StopAsync(id, timeout, cancellationToken).ConfigureAwait(false);
        await _parts.Starter.StartAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken) =>
        _parts.Stopper.KillAsync(id, signal, cancellationToken);

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken) =>
        _parts.Remover.RemoveAsync(id, options, cancellationToken);

    public async Task PauseContainerAsync(string id, CancellationToken cancellationToken) =>
        await ChangeRunningAsync(id, "pause", ContainerState.Running, ContainerState.Paused, _services.Runc.PauseAsync, cancellationToken).ConfigureAwait(false);

    public async Task UnpauseContainerAsync(string id, CancellationToken cancellationToken) =>
        await ChangeRunningAsync(id, "unpause", ContainerState.Paused, ContainerState.Running, _services.Runc.ResumeAsync, cancellationToken).ConfigureAwait(false);

    private async Task ChangeRunningAsync(string idOrName, string action, ContainerState from, ContainerState to,
        Func<string, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, action + " container", cancellationToken).ConfigureAwait(false);
        using var hold = await _services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var status = await _parts.Exits.RefreshLockedAsync(record, cancellationToken).ConfigureAwait(false);
        if (status.State != from)
        {
            throw new ResourceConflictException(action + " container", record.Name, $"container {record.Name} is {status.State.ToString().ToLowerInvariant()}, not {from.ToString().ToLowerInvariant()}");
        }

        await change(record.Id, cancellationToken).ConfigureAwait(false);
        await _services.Store.UpdateStatusLockedAsync(record.Id, s => s with { State = to }, cancellationToken).ConfigureAwait(false);
        await _services.Events.AppendAsync(record.Group, "container", action, record.Id, ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken)
    {
        var now = _services.Time.GetUtcNow();
        var views = new List<ContainerInfo>();
        foreach (var (record, status) in await ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Matches(record.Labels, filter) && (all || status.State is ContainerState.Running or ContainerState.Paused or ContainerState.Restarting))
            {
                views.Add(ContainerView.Info(record, status, now));
            }
        }

        return [.. views.OrderByDescending(v => v.Created)];
    }

    public async Task<ContainerDetails> InspectContainerAsync(string idOrName, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "inspect container", cancellationToken).ConfigureAwait(false);
        return ContainerView.Details(record, await EffectiveStatusAsync(record, cancellationToken).ConfigureAwait(false), _services.Time.GetUtcNow());
    }

    public async Task RenameContainerAsync(string idOrName, string newName, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "rename container", cancellationToken).ConfigureAwait(false);
        using var hold = await _services.Store.LockContainerAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (!_services.Store.TryClaimName(newName, record.Id))
        {
            throw new ResourceConflictException("rename container", newName, $"Conflict. The container name \"/{newName}\" is already in use");
        }

        await _services.Store.WriteContainerAsync(record with { Name = newName }, cancellationToken).ConfigureAwait(false);
        _services.Store.ReleaseName(record.Name, record.Id);
        await _services.Events.AppendAsync(record.Group, "container", "rename", record.Id,
            ContainerEvents.Attributes(record with { Name = newName }).SetItem("oldName", "/" + record.Name), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ContainerExit> WaitContainerAsync(string idOrName, WaitCondition condition, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "wait for container", cancellationToken).ConfigureAwait(false);
        var startedAt = (await _services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false)).StartedAt;
        while (true)
        {
            if (!_services.Store.ContainerExists(record.Id) || await _services.Store.ReadContainerAsync(record.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                return new ContainerExit(137, null);
            }

            var status = await EffectiveStatusAsync(record, cancellationToken).ConfigureAwait(false);
            var ended = status.State is ContainerState.Exited or ContainerState.Dead or ContainerState.Created
                && (condition != WaitCondition.NextExit || status.StartedAt != startedAt || status.State == ContainerState.Exited);
            if (ended && condition != WaitCondition.Removed)
            {
                return new ContainerExit(status.ExitCode ?? 0, status.Error);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _services.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<LogLine> GetLogsAsync(string idOrName, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "read logs of container", cancellationToken).ConfigureAwait(false);
        async Task<bool> Running(CancellationToken ct) =>
            _services.Store.ContainerExists(record.Id)
            && (await EffectiveStatusAsync(record, ct).ConfigureAwait(false)).State is ContainerState.Running or ContainerState.Paused or ContainerState.Restarting;
        await foreach (var line in _logs.ReadAsync(_services.Paths(record.Id).Log, options, Running, cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
    }

    public Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken) =>
        _exec.CreateAsync(containerId, spec, cancellationToken);

    public Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken) =>
        _exec.StartAsync(execId, detach: false, cancellationToken);

    public async Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken)
    {
        var exec = await _exec.GetAsync(execId, cancellationToken).ConfigureAwait(false);
        return new ExecInfo(exec.Id, exec.Running, exec.ExitCode, exec.Pid);
    }

    /// <summary>The status as recorded, corrected by what the monitor says (an exit not recorded yet), without taking the lock.</summary>
    private async Task<ContainerStatusRecord> EffectiveStatusAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        var status = await _services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.State is ContainerState.Running or ContainerState.Paused && _parts.Exits.ExitOf(record.Id, status) is { } exit)
        {
            return status with { State = ContainerState.Exited, ExitCode = exit.Code, FinishedAt = exit.At, Error = exit.Error };
        }

        return status;
    }

    private async Task<List<(ContainerRecord Record, ContainerStatusRecord Status)>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var result = new List<(ContainerRecord, ContainerStatusRecord)>();
        foreach (var id in _services.Store.ContainerIds())
        {
            var directory = _services.Store.ContainerDirectory(id);
            if (CreatingMarker.Exists(directory))
            {
                if (CreatingMarker.IsAbandoned(directory))
                {
                    await _parts.Collector.CollectIfAbandonedAsync(id, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (await _services.Store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false) is { } record)
            {
                result.Add((record, await EffectiveStatusAsync(record, cancellationToken).ConfigureAwait(false)));
            }
        }

        return result;
    }

    internal static bool Matches(IReadOnlyDictionary<string, string> labels, LabelFilter? filter) =>
        filter is null || filter.Labels.All(l => labels.TryGetValue(l.Key, out var value) && (l.Value is null || l.Value == value));

    internal NativeServices Services => _services;

    internal NativeContainerParts Parts => _parts;
}
