using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Monitoring;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Supervision;
using Compose.Runtime.Native.Volumes;

namespace Compose.Runtime.Native;

public sealed partial class NativeEngine
{
    public async Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        var group = ContainerGroups.Of(spec.Labels);
        await using var groupLock = await _services.GroupLocks.AcquireAsync(group, cancellationToken).ConfigureAwait(false);
        var record = await _services.Networks.CreateAsync(spec, cancellationToken).ConfigureAwait(false);
        await _services.Events.AppendAsync(group, "network", "create", record.Id, NetworkAttributes(record), cancellationToken).ConfigureAwait(false);
        return record.Id;
    }

    public async Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        if (await _services.Networks.FindAsync(idOrName, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

        var containers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in _services.Addresses.Holders(record.Id))
        {
            if (await _services.Store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false) is { } container)
            {
                containers[id] = container.Name;
            }
        }

        return new NetworkDetails
        {
            Summary = NetworkInfo(record),
            Ipam = new IpamSpec { Driver = "default", Config = [new IpamPoolSpec { Subnet = record.Subnet, Gateway = record.Gateway, IpRange = record.IpRange }] },
            Containers = containers.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }

    public async Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        [.. (await _services.Networks.ListAsync(cancellationToken).ConfigureAwait(false)).Where(n => Matches(n.Labels, filter)).Select(NetworkInfo)];

    public async Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        var record = await _services.Networks.GetAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var group = ContainerGroups.Of(record.Labels);
        await using (var groupLock = await _services.GroupLocks.AcquireAsync(group, cancellationToken).ConfigureAwait(false))
        {
            await _services.Networks.RemoveAsync(record.Id, cancellationToken).ConfigureAwait(false);
            await _services.Events.AppendAsync(group, "network", "destroy", record.Id, NetworkAttributes(record), cancellationToken).ConfigureAwait(false);
        }

        await _services.Janitor.RemoveIfUnusedAsync(group, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        var record = await _services.Volumes.CreateAsync(spec, cancellationToken).ConfigureAwait(false);
        await _services.Events.AppendAsync(ContainerGroups.Of(spec.Labels), "volume", "create", record.Name,
            ImmutableSortedDictionary<string, string>.Empty.SetItem("driver", record.Driver), cancellationToken).ConfigureAwait(false);
        return record.Name;
    }

    public async Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken) =>
        await _services.Volumes.FindAsync(name, cancellationToken).ConfigureAwait(false) is { } record
            ? NativeVolumes.ToInfo(record, _services.Volumes.DataPath(name))
            : null;

    public async Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        [.. (await _services.Volumes.ListAsync(cancellationToken).ConfigureAwait(false)).Where(v => Matches(v.Labels, filter))
            .Select(v => NativeVolumes.ToInfo(v, _services.Volumes.DataPath(v.Name)))];

    public async Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken)
    {
        var containers = new List<ContainerRecord>();
        foreach (var id in _services.Store.ContainerIds())
        {
            if (await _services.Store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false) is { } record)
            {
                containers.Add(record);
            }
        }

        var volume = await _services.Volumes.FindAsync(name, cancellationToken).ConfigureAwait(false);
        await _services.Volumes.RemoveAsync(name, containers, cancellationToken).ConfigureAwait(false);
        var group = ContainerGroups.Of(volume?.Labels ?? ImmutableSortedDictionary<string, string>.Empty);
        await _services.Events.AppendAsync(group, "volume", "destroy", name, ImmutableSortedDictionary<string, string>.Empty.SetItem("driver", "local"), cancellationToken).ConfigureAwait(false);
        await _services.Janitor.RemoveIfUnusedAsync(group, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RuntimeSnapshot> SnapshotAsync(LabelFilter filter, CancellationToken cancellationToken)
    {
        var containers = ListContainersAsync(filter, all: true, cancellationToken);
        var networks = ListNetworksAsync(filter, cancellationToken);
        var volumes = ListVolumesAsync(filter, cancellationToken);
        return new RuntimeSnapshot(await containers.ConfigureAwait(false), await networks.ConfigureAwait(false), await volumes.ConfigureAwait(false));
    }

    /// <summary>Events of the groups the filter's project label names (all groups without one), as the engine's stream: replayed from Since, then live until Until or cancellation.</summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var project = filter.Labels?.Labels.FirstOrDefault(l => l.Key == ContainerGroups.ProjectLabel).Value;
        IReadOnlyCollection<string>? groups = project is null ? null : [project];
        await foreach (var record in _services.Events.ReadAsync(groups, filter.Since, filter.Until, follow: filter.Until is null || filter.Until > _services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            if ((filter.Types.IsDefaultOrEmpty || filter.Types.Contains(record.Type)) && (record.Type != "container" || Matches(record.Attributes, filter.Labels)))
            {
                yield return new EngineEvent(record.Type, record.Action, record.Id, record.Attributes,
                    DateTimeOffset.UnixEpoch.AddTicks(record.TimeNano / 100));
            }
        }
    }

    public async Task<TopResult> TopAsync(string idOrName, string? psArguments, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "top", cancellationToken).ConfigureAwait(false);
        var pids = await _services.Runc.ProcessIdsAsync(record.Id, cancellationToken).ConfigureAwait(false);
        var format = string.IsNullOrWhiteSpace(psArguments) ? "-ef" : psArguments;
        var output = await _services.Runner.RunAsync(new Processes.ToolCall("top", record.Name, "/usr/bin/ps", [.. format.Split(' ', StringSplitOptions.RemoveEmptyEntries)]), cancellationToken).ConfigureAwait(false);
        return ProcessTable.Filter(output, pids);
    }

    public async IAsyncEnumerable<ContainerStats> StatsAsync(string idOrName, bool stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "stats", cancellationToken).ConfigureAwait(false);
        ContainerStats? previous = null;
        do
        {
            var status = await EffectiveStatusAsync(record, cancellationToken).ConfigureAwait(false);
            var sample = CgroupStats.Sample(record.Id, record.Name, "/composectl/" + record.Id, status.Pid, _services.Time.GetUtcNow(), previous);
            if (previous is not null || !stream)
            {
                yield return sample;
            }

            previous = sample;
            if (stream)
            {
                await Task.Delay(TimeSpan.FromSeconds(previous is null ? 0.1 : 1), _services.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        while (stream);
    }

    /// <summary>The supervisor's loop for a group (what <c>composectl __native-supervise</c> runs); false when one already supervises it.</summary>
    public Task<bool> SuperviseAsync(string group, CancellationToken cancellationToken) =>
        new NativeSupervisor(_services, _parts).RunAsync(group, cancellationToken);

    /// <summary>
    /// The engine a supervisor runs on: it restarts containers whose roots stay mounted from create to removal, so it
    /// needs no image store of its own.
    /// </summary>
    public static NativeEngine ForSupervisor(NativeRoot root, TimeProvider time) =>
        new(root, new MountedRootfsStore(), NativeTools.Debian, SupervisorCommand.CurrentProcess(), time);

    /// <summary>Whether a group's supervisor is running (for tests and <c>down</c>'s check that nothing is left).</summary>
    public bool SupervisorRunning(string group) => _services.Supervisors.IsRunning(group);

    private static NetworkInfo NetworkInfo(NetworkRecord record) => new()
    {
        Id = record.Id,
        Name = record.Name,
        Driver = record.Driver,
        Internal = record.Internal,
        Attachable = record.Attachable,
        Labels = record.Labels,
        Options = record.Options,
    };

    private static ImmutableSortedDictionary<string, string> NetworkAttributes(NetworkRecord record) =>
        record.Labels.SetItem("name", record.Name).SetItem("type", record.Driver);
}
