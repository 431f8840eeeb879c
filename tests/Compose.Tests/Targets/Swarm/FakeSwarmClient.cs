using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime;
using Compose.Runtime.Swarm;

namespace Compose.Tests.Targets.Swarm;

/// <summary>
/// A hand-written swarm for the fast tests: services, networks and objects in memory, every write recorded as a line
/// (<c>create service demo_web</c>). A written service's tasks run its spec at once (replicas of them), and its
/// update is reported completed, so rollouts converge on the first look.
/// </summary>
public sealed class FakeSwarmClient : ISwarmClient
{
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentDictionary<string, SwarmService> _services = new();
    private readonly ConcurrentDictionary<string, SwarmNetwork> _networks = new();
    private readonly ConcurrentDictionary<(SwarmObjectKind, string), SwarmObject> _objects = new();
    private int _ids;

    public SwarmState State { get; set; } = new() { LocalNodeState = "active", ControlAvailable = true, Nodes = 3, Managers = 1 };

    public ImmutableArray<SwarmNode> Nodes { get; set; } =
        [new() { Id = "n1", Hostname = "node1", Role = "manager", State = "ready" }, new() { Id = "n2", Hostname = "node2", State = "ready" }, new() { Id = "n3", Hostname = "node3", State = "ready" }];

    /// <summary>Image → digest the registry has; images not here are unknown to any registry.</summary>
    public Dictionary<string, string> Registry { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>Who asked for which digest, to check <c>--resolve-image</c>.</summary>
    public ConcurrentQueue<string> Resolved { get; } = new();

    public string EndpointDescription => "unix:///fake.sock (test)";

    public IReadOnlyCollection<SwarmService> Services => [.. _services.Values];

    public IReadOnlyCollection<SwarmObject> Objects(SwarmObjectKind kind) => [.. _objects.Where(o => o.Key.Item1 == kind).Select(o => o.Value)];

    public Task<SwarmState> GetStateAsync(CancellationToken cancellationToken) => Task.FromResult(State);

    public Task<ImmutableArray<SwarmNode>> ListNodesAsync(CancellationToken cancellationToken) => Task.FromResult(Nodes);

    public Task<string?> ResolveDigestAsync(string image, CancellationToken cancellationToken)
    {
        Resolved.Enqueue(image);
        return Task.FromResult(Registry.GetValueOrDefault(image));
    }

    public Task<ImmutableArray<SwarmService>> ListServicesAsync(LabelFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<SwarmService>>([.. _services.Values.Where(s => Matches(s.Spec.Labels, filter)).OrderBy(s => s.Spec.Name, StringComparer.Ordinal)]);

    public Task<SwarmService?> InspectServiceAsync(string idOrName, CancellationToken cancellationToken) =>
        Task.FromResult(_services.Values.FirstOrDefault(s => s.Id == idOrName || s.Spec.Name == idOrName));

    public Task<SwarmWriteResult> CreateServiceAsync(SwarmServiceSpec spec, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"create service {spec.Name}");
        var id = NextId("svc");
        _services[id] = Written(new SwarmService { Id = id, Version = 1, Spec = spec }, spec);
        return Task.FromResult(new SwarmWriteResult(id, []));
    }

    public Task<SwarmWriteResult> UpdateServiceAsync(string id, ulong version, SwarmServiceSpec spec, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"update service {spec.Name}");
        var current = _services[id];
        _services[id] = Written(current with { Version = version + 1, PreviousSpec = current.Spec, Spec = spec }, spec);
        return Task.FromResult(new SwarmWriteResult(id, []));
    }

    public Task<SwarmWriteResult> RollbackServiceAsync(string id, ulong version, CancellationToken cancellationToken)
    {
        var current = _services[id];
        _calls.Enqueue($"roll back service {current.Spec.Name}");
        var previous = current.PreviousSpec ?? throw new InvalidOperationException("no previous spec");
        _services[id] = Written(current with { Version = version + 1, PreviousSpec = current.Spec, Spec = previous }, previous) with
        {
            UpdateStatus = new SwarmUpdateStatus("rollback_completed", "rollback completed") { StartedAt = DateTimeOffset.UtcNow },
        };
        return Task.FromResult(new SwarmWriteResult(id, []));
    }

    public Task RemoveServiceAsync(string id, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"remove service {_services[id].Spec.Name}");
        _services.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<SwarmTask>> ListTasksAsync(IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<SwarmTask>>([.. _services.Values.Where(s => serviceIds.Contains(s.Id)).SelectMany(Tasks)]);

    public Task<ImmutableArray<SwarmTask>> ListTasksAsync(LabelFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<SwarmTask>>([.. _services.Values.Where(s => Matches(s.Spec.Labels, filter)).SelectMany(Tasks)]);

    public async IAsyncEnumerable<SwarmLogLine> GetServiceLogsAsync(string serviceId, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var task in Tasks(_services[serviceId]))
        {
            yield return new SwarmLogLine(new LogLine(OutputStream.Stdout, $"hello from {task.Id}", null), task.Id, task.NodeId);
        }
    }

    public Task<ImmutableArray<SwarmNetwork>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<SwarmNetwork>>([.. _networks.Values.Where(n => filter is null || Matches(n.Labels, filter)).OrderBy(n => n.Name, StringComparer.Ordinal)]);

    public Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"create network {spec.Name}");
        var id = NextId("net");
        _networks[id] = new SwarmNetwork { Id = id, Name = spec.Name, Driver = spec.Driver, Scope = "swarm", Attachable = spec.Attachable, Internal = spec.Internal, Labels = spec.Labels };
        return Task.FromResult(id);
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"remove network {_networks[idOrName].Name}");
        _networks.TryRemove(idOrName, out _);
        return Task.CompletedTask;
    }

    /// <summary>A network made outside the stack (an external one, the host's), of the given scope.</summary>
    public void AddNetwork(string name, string scope = "swarm", string driver = "overlay")
    {
        var id = NextId("net");
        _networks[id] = new SwarmNetwork { Id = id, Name = name, Driver = driver, Scope = scope };
    }

    public Task<ImmutableArray<SwarmObject>> ListObjectsAsync(SwarmObjectKind kind, LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<SwarmObject>>([.. Objects(kind).Where(o => filter is null || Matches(o.Labels, filter)).OrderBy(o => o.Name, StringComparer.Ordinal)]);

    public Task<string> CreateObjectAsync(SwarmObjectKind kind, SwarmObjectSpec spec, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"create {kind.ToString().ToLowerInvariant()} {spec.Name}");
        var id = NextId("obj");
        _objects[(kind, id)] = new SwarmObject { Id = id, Name = spec.Name, Labels = spec.Labels };
        return Task.FromResult(id);
    }

    /// <summary>A secret or config made outside the stack (external), or by docker stack (with the stack's label only).</summary>
    public void AddObject(SwarmObjectKind kind, string name, ImmutableSortedDictionary<string, string>? labels = null)
    {
        var id = NextId("obj");
        _objects[(kind, id)] = new SwarmObject { Id = id, Name = name, Labels = labels ?? ImmutableSortedDictionary<string, string>.Empty };
    }

    public Task RemoveObjectAsync(SwarmObjectKind kind, string idOrName, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"remove {kind.ToString().ToLowerInvariant()} {_objects[(kind, idOrName)].Name}");
        _objects.TryRemove((kind, idOrName), out _);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static SwarmService Written(SwarmService service, SwarmServiceSpec spec) => service with
    {
        UpdatedAt = DateTimeOffset.UtcNow,
        UpdateStatus = service.Version > 1 ? new SwarmUpdateStatus("completed", "update completed") { StartedAt = DateTimeOffset.UtcNow } : null,
        DesiredTasks = spec.Mode == SwarmServiceMode.Global ? 3 : (int)(spec.Replicas ?? 1),
    };

    private static IEnumerable<SwarmTask> Tasks(SwarmService service) =>
        Enumerable.Range(1, service.DesiredTasks ?? 1).Select(slot => new SwarmTask
        {
            Id = $"{service.Id}-t{slot}",
            ServiceId = service.Id,
            Slot = slot,
            NodeId = $"n{(slot - 1) % 3 + 1}",
            DesiredState = "running",
            State = "running",
            Timestamp = DateTimeOffset.UtcNow,
            Image = service.Spec.Container.Image,
            Container = service.Spec.Container,
        });

    private static bool Matches(IReadOnlyDictionary<string, string> labels, LabelFilter filter) =>
        filter.Labels.All(l => labels.TryGetValue(l.Key, out var value) && (l.Value is null || l.Value == value));

    private string NextId(string prefix) => $"{prefix}{Interlocked.Increment(ref _ids)}";
}
