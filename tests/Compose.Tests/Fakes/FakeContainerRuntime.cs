using System.Collections.Concurrent;
using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Tests.Fakes;

/// <summary>
/// An in-memory engine: enough behaviour (names unique, ids assigned, state changes, label filters) for the
/// executor and reconciler to be tested without Docker. Records every call in order.
/// </summary>
public sealed partial class FakeContainerRuntime : IContainerRuntime
{
    private readonly ConcurrentDictionary<string, ContainerInfo> _containers = new();
    private readonly ConcurrentDictionary<string, NetworkInfo> _networks = new();
    private readonly ConcurrentDictionary<string, VolumeInfo> _volumes = new();
    private readonly ConcurrentQueue<string> _calls = new();
    private int _nextId;

    public IReadOnlyList<string> Calls => [.. _calls];

    public IReadOnlyCollection<ContainerInfo> Containers => [.. _containers.Values];

    public IReadOnlyCollection<NetworkInfo> Networks => [.. _networks.Values];

    /// <summary>When set, a call whose text starts with this prefix throws.</summary>
    public string? FailOn { get; set; }

    public Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeSnapshot(
            [.. _containers.Values.Where(c => Matches(c.Labels, labelFilter))],
            [.. _networks.Values.Where(n => Matches(n.Labels, labelFilter))],
            [.. _volumes.Values.Where(v => Matches(v.Labels, labelFilter))]));

    public Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult<ImageInfo?>(new ImageInfo { Id = "sha256:" + reference });

    public Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        Record($"create network {spec.Name}");
        var id = NewId();
        if (!_networks.TryAdd(spec.Name, new NetworkInfo { Id = id, Name = spec.Name, Driver = spec.Driver, Labels = spec.Labels }))
        {
            throw new ResourceConflictException("create network", spec.Name, "network with name already exists");
        }

        return Task.FromResult(id);
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        Record($"remove network {idOrName}");
        return _networks.TryRemove(idOrName, out _) ? Task.CompletedTask : throw new ResourceNotFoundException("remove network", idOrName, "not found");
    }

    public Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        Record($"create volume {spec.Name}");
        _volumes[spec.Name] = new VolumeInfo { Name = spec.Name, Driver = spec.Driver, Labels = spec.Labels };
        return Task.FromResult(spec.Name);
    }

    public Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken)
    {
        Record($"remove volume {name}");
        return _volumes.TryRemove(name, out _) ? Task.CompletedTask : throw new ResourceNotFoundException("remove volume", name, "not found");
    }

    public Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken)
    {
        Record($"create container {spec.Name}");
        if (_containers.Values.Any(c => c.Name == spec.Name))
        {
            throw new ResourceConflictException("create container", spec.Name, $"the container name \"/{spec.Name}\" is already in use");
        }

        var id = NewId();
        Publish("container", "create", id, spec.Labels);
        _containers[id] = new ContainerInfo
        {
            Id = id,
            Name = spec.Name,
            Image = spec.Image,
            ImageId = "sha256:" + spec.Image,
            State = ContainerState.Created,
            Status = "Created",
            Labels = spec.Labels,
            Networks = [.. spec.Networks.Select(n => n.NetworkName)],
            Ports = [.. spec.Ports.Select(p => new PublishedPort(p.ContainerPort, p.Protocol, p.HostIp, int.TryParse(p.HostPort, out var h) ? h : null))],
        };
        return Task.FromResult(id);
    }

    public Task StartContainerAsync(string id, CancellationToken cancellationToken) => SetState(id, "start", ContainerState.Running);

    public Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) => SetState(id, "stop", ContainerState.Exited);

    public Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) => SetState(id, "restart", ContainerState.Running);

    public Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken) => SetState(id, "kill", ContainerState.Exited);

    public Task PauseContainerAsync(string id, CancellationToken cancellationToken) => SetState(id, "pause", ContainerState.Paused);

    public Task UnpauseContainerAsync(string id, CancellationToken cancellationToken) => SetState(id, "unpause", ContainerState.Running);

    public Task RenameContainerAsync(string id, string newName, CancellationToken cancellationToken)
    {
        Record($"rename container {NameOf(id)} to {newName}");
        if (_containers.Values.Any(c => c.Name == newName))
        {
            throw new ResourceConflictException("rename container", id, $"the container name \"/{newName}\" is already in use");
        }

        _containers[id] = _containers[id] with { Name = newName };
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<ContainerInfo>>([.. _containers.Values.Where(c => Matches(c.Labels, filter) && (all || c.State == ContainerState.Running))]);

    public Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<NetworkInfo>>([.. _networks.Values.Where(n => filter is null || Matches(n.Labels, filter))]);

    public Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<VolumeInfo>>([.. _volumes.Values.Where(v => filter is null || Matches(v.Labels, filter))]);

    public Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken) =>
        Task.FromResult(_networks.Values.FirstOrDefault(n => n.Name == idOrName || n.Id == idOrName) is { } network ? new NetworkDetails { Summary = network } : null);

    public Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_volumes.TryGetValue(name, out var volume) ? volume : null);

    public Task ConnectNetworkAsync(string network, string container, NetworkAttachment attachment, CancellationToken cancellationToken)
    {
        Record($"connect network {network} to {NameOf(container)}");
        _containers[container] = _containers[container] with { Networks = [.. _containers[container].Networks, network] };
        return Task.CompletedTask;
    }

    public Task DisconnectNetworkAsync(string network, string container, bool force, CancellationToken cancellationToken)
    {
        Record($"disconnect network {network} from {NameOf(container)}");
        _containers[container] = _containers[container] with { Networks = _containers[container].Networks.Remove(network) };
        return Task.CompletedTask;
    }

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken)
    {
        Record($"remove container {NameOf(id)}");
        if (!_containers.TryRemove(id, out var removed))
        {
            throw new ResourceNotFoundException("remove container", id, "No such container");
        }

        Publish("container", "destroy", id, removed.Labels);
        return Task.CompletedTask;
    }

    public Task<ContainerDetails> InspectContainerAsync(string id, CancellationToken cancellationToken) =>
        _containers.TryGetValue(id, out var container)
            ? Task.FromResult(new ContainerDetails { Summary = container })
            : throw new ResourceNotFoundException("inspect container", id, "No such container");

    /// <summary>Puts a container in place as if someone else (or an earlier run) had made it.</summary>
    public ContainerInfo Seed(ContainerInfo container)
    {
        _containers[container.Id] = container;
        return container;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task SetState(string id, string verb, ContainerState state)
    {
        Record($"{verb} container {NameOf(id)}");
        if (!_containers.TryGetValue(id, out var container))
        {
            throw new ResourceNotFoundException($"{verb} container", id, "No such container");
        }

        _containers[id] = container with { State = state, Status = state.ToString() };
        Publish("container", verb switch { "stop" => "die", "kill" => "die", _ => verb }, id);
        return Task.CompletedTask;
    }

    private string NameOf(string id) => _containers.TryGetValue(id, out var c) ? c.Name : id;

    private void Record(string call)
    {
        _calls.Enqueue(call);
        if (FailOn is { } prefix && call.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ContainerRuntimeException(call, null, "injected failure");
        }
    }

    private string NewId() => $"id{Interlocked.Increment(ref _nextId):D4}";

    private static bool Matches(ImmutableSortedDictionary<string, string> labels, LabelFilter filter) =>
        filter.Labels.All(l => labels.TryGetValue(l.Key, out var value) && (l.Value is null || l.Value == value));
}
