using System.Collections.Concurrent;
using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.TestSupport.Fakes;

/// <summary>
/// An in-memory engine: enough behaviour (names unique, ids assigned, state changes with their events, label
/// filters, the engine's refusals: a running container without force, a network with endpoints, a volume in use)
/// for the executor and reconciler to be tested without Docker. Records every call in order, typed (<see cref="FakeCall"/>).
/// </summary>
public sealed partial class FakeContainerRuntime : IContainerRuntime
{
    private readonly ConcurrentDictionary<string, ContainerInfo> _containers = new();
    private readonly ConcurrentDictionary<string, ContainerDetails> _details = new();
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly Lock _gate = new();
    private int _nextId;

    /// <summary>Every call received, in order.</summary>
    public IReadOnlyList<FakeCall> Calls => [.. _calls];

    /// <summary>The calls as lines (<see cref="FakeCall.Text"/>), for comparing with expected text.</summary>
    public IReadOnlyList<string> CallTexts => [.. _calls.Select(c => c.Text)];

    public IReadOnlyCollection<ContainerInfo> Containers => [.. _containers.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    public ContainerInfo Container(string name) => _containers.Values.Single(c => c.Name == name);

    /// <summary>What the fake says it can do (a test of a refusal sets what it lacks).</summary>
    public RuntimeCapabilities Capabilities { get; set; } = RuntimeCapabilities.Docker with { Driver = "fake" };

    public Task<RuntimeCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) => Task.FromResult(Capabilities);

    /// <summary>When set, a call whose text starts with this prefix throws.</summary>
    public string? FailOn { get; set; }

    public Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeSnapshot(
            [.. _containers.Values.Where(c => Matches(c.Labels, labelFilter))],
            [.. Networks.Where(n => Matches(n.Labels, labelFilter))],
            [.. _volumes.Values.Where(v => Matches(v.Labels, labelFilter))]));

    public async Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken)
    {
        await SimulateLatencyAsync(cancellationToken);
        return Create(spec);
    }

    private string Create(ContainerCreateSpec spec)
    {
        Record(new("create", "container", spec.Name));
        lock (_gate)
        {
            if (_containers.Values.Any(c => c.Name == spec.Name))
            {
                throw new ResourceConflictException("create container", spec.Name, $"the container name \"/{spec.Name}\" is already in use");
            }

            if (spec.Networks.FirstOrDefault(a => _duplicateNetworks.Values.Any(n => n.Name == a.NetworkName)) is { } ambiguous)
            {
                throw new ResourceConflictException("create container", spec.Name, $"network {ambiguous.NetworkName} is ambiguous (2 matches found based on name)");
            }

            var id = NewId();
            _containers[id] = new ContainerInfo
            {
                Id = id,
                Name = spec.Name,
                Image = spec.Image,
                ImageId = ImageIdOf(spec.Image),
                State = ContainerState.Created,
                Status = "Created",
                Labels = spec.Labels,
                Created = DateTimeOffset.UnixEpoch.AddSeconds(_nextId),
                Networks = [.. spec.Networks.Select(n => n.NetworkName)],
                Ports = [.. spec.Ports.Select(p => new PublishedPort(p.ContainerPort, p.Protocol, p.HostIp, int.TryParse(p.HostPort, out var h) ? h : null))],
                Mounts = [.. spec.Mounts.Select(MountFor)],
            };
            _details[id] = new ContainerDetails { Summary = _containers[id], HealthStatus = null, User = spec.User };
            Publish("container", "create", id, spec.Labels);
            return id;
        }
    }

    public async Task StartContainerAsync(string id, CancellationToken cancellationToken)
    {
        if (HoldStarts)
        {
            await HeldStartAsync(id, cancellationToken);
            return;
        }

        await SimulateLatencyAsync(cancellationToken);
        ThrowIfStale(id);
        SetState(id, "start", ContainerState.Running, "Up");
        OnStarted(id);
    }

    public Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) => Exit(id, "stop", 0);

    public Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        SetState(id, "restart", ContainerState.Running, "Up");
        OnStarted(id);
        return Task.CompletedTask;
    }

    /// <summary>As the engines do, a container that is not running cannot be killed (a conflict).</summary>
    public Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken)
    {
        if (_containers.TryGetValue(id, out var container) && container.State is not (ContainerState.Running or ContainerState.Paused or ContainerState.Restarting))
        {
            Record(new("kill", "container", container.Name, signal ?? "SIGKILL"));
            throw new ResourceConflictException("kill container", id, $"Cannot kill container: {id}: container {id} is not running");
        }

        return Exit(id, "kill", 137, signal ?? "SIGKILL");
    }

    public Task PauseContainerAsync(string id, CancellationToken cancellationToken) => Task.Run(() => SetState(id, "pause", ContainerState.Paused, "Up (Paused)"), cancellationToken);

    public Task UnpauseContainerAsync(string id, CancellationToken cancellationToken) => Task.Run(() => SetState(id, "unpause", ContainerState.Running, "Up"), cancellationToken);

    public Task RenameContainerAsync(string id, string newName, CancellationToken cancellationToken)
    {
        Record(new("rename", "container", NameOf(id), newName));
        lock (_gate)
        {
            if (_containers.Values.Any(c => c.Name == newName))
            {
                throw new ResourceConflictException("rename container", id, $"the container name \"/{newName}\" is already in use");
            }

            Update(id, c => c with { Name = newName });
        }

        Publish("container", "rename", id);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<ContainerInfo>>([.. _containers.Values.Where(c => Matches(c.Labels, filter) && (all || c.State == ContainerState.Running))]);

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken)
    {
        Record(new("remove", "container", NameOf(id)));
        if (!_containers.TryGetValue(id, out var container))
        {
            throw new ResourceNotFoundException("remove container", id, "No such container");
        }

        if (container.State is ContainerState.Running or ContainerState.Paused && !options.Force)
        {
            throw new ResourceConflictException("remove container", id, "You cannot remove a running container. Stop the container before attempting removal or force remove");
        }

        _containers.TryRemove(id, out _);
        _details.TryRemove(id, out _);
        if (options.RemoveAnonymousVolumes)
        {
            RemoveAnonymousVolumesOf(container);
        }

        Publish("container", "destroy", id, container.Labels);
        return Task.CompletedTask;
    }

    public Task<ContainerDetails> InspectContainerAsync(string id, CancellationToken cancellationToken) =>
        _details.TryGetValue(id, out var details)
            ? Task.FromResult(details with { Summary = _containers[id] })
            : throw new ResourceNotFoundException("inspect container", id, "No such container");

    /// <summary>Puts a container in place as if someone else (or an earlier run) had made it.</summary>
    public ContainerInfo Seed(ContainerInfo container)
    {
        _containers[container.Id] = container;
        _details[container.Id] = new ContainerDetails { Summary = container };
        return container;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task Exit(string id, string verb, int code, string? signal = null)
    {
        var was = _containers.TryGetValue(id, out var c) ? c.State : ContainerState.Unknown;
        SetState(id, verb, ContainerState.Exited, $"Exited ({code}) 1 second ago", code, signal);
        if (was is ContainerState.Running or ContainerState.Paused)
        {
            Publish("container", "die", id, extra: ("exitCode", code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    private void SetState(string id, string verb, ContainerState state, string status, int? exitCode = null, string? signal = null)
    {
        Record(new(verb, "container", NameOf(id), signal));
        if (!_containers.ContainsKey(id))
        {
            throw new ResourceNotFoundException($"{verb} container", id, "No such container");
        }

        Update(id, c => c with { State = state, Status = status });
        _details[id] = _details[id] with
        {
            ExitCode = exitCode ?? _details[id].ExitCode,
            FinishedAt = exitCode is null ? _details[id].FinishedAt : Clock.GetUtcNow(),
            StartedAt = state == ContainerState.Running ? Clock.GetUtcNow() : _details[id].StartedAt,
        };
        if (verb is not ("kill" or "stop"))
        {
            Publish("container", verb, id);
        }
    }

    private void Update(string id, Func<ContainerInfo, ContainerInfo> change)
    {
        lock (_gate)
        {
            _containers[id] = change(_containers[id]);
        }
    }

    private string NameOf(string id) => _containers.TryGetValue(id, out var c) ? c.Name : id;

    private void Record(FakeCall call)
    {
        lock (_callWaiters)
        {
            _calls.Enqueue(call);
        }

        SignalCall(call.Text);
        if (FailOn is { } prefix && call.Text.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ContainerRuntimeException(call.Text, null, "injected failure");
        }
    }

    private string NewId() => $"id{Interlocked.Increment(ref _nextId):D4}";

    private static bool Matches(ImmutableSortedDictionary<string, string> labels, LabelFilter filter) =>
        filter.Labels.All(l => labels.TryGetValue(l.Key, out var value) && (l.Value is null || l.Value == value));
}
