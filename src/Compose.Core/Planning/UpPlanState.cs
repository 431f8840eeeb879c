using System.Collections.Immutable;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// What the phases of one <c>up</c> plan share: the inputs, the builder, and what an earlier phase planned that a
/// later one must order after. The phases run in this order (<see cref="UpPlanner"/>), each recording only its own
/// results through the <c>Record…</c> methods and reading only what earlier phases recorded:
/// <list type="number">
/// <item><see cref="NetworkPlanner"/>: network creations (<see cref="NetworkSteps"/>), and for a recreated network
/// the containers to stop and reconnect (<see cref="Reconnects"/>, <see cref="StopOnce"/>);</item>
/// <item><see cref="VolumePlanner"/>: volume creations (<see cref="VolumeSteps"/>);</item>
/// <item><see cref="ReplicaPlanner"/>, per service in dependency order: each service's replicas
/// (<see cref="Replicas"/>) and whether any was recreated (<see cref="Recreated"/>), taking the reconnects it keeps;</item>
/// <item>orphans and the reconnects left (<see cref="UpPlanner"/>);</item>
/// <item><see cref="StartPhasePlanner"/>: the starts and waits, from <see cref="Replicas"/>.</item>
/// </list>
/// </summary>
internal sealed class UpPlanState(Project project, ObservedState observed, UpOptions options, ImmutableSortedSet<string> selected, CancellationToken cancellation)
{
    private readonly Dictionary<string, int> _networkSteps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _volumeSteps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stoppedByPlan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stopReasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<PlannedReplica>> _replicas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recreated = new(StringComparer.Ordinal);

    public Project Project { get; } = project;
    public ObservedState Observed { get; } = observed;
    public UpOptions Options { get; } = options;

    /// <summary>The services this <c>up</c> acts on: the named ones and (unless <c>--no-deps</c>) their dependencies.</summary>
    public ImmutableSortedSet<string> Selected { get; } = selected;

    public PlanBuilder Builder { get; } = new();

    /// <summary>Phases check it per replica, so an interrupt ends a long planning at once.</summary>
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Network key → the step that (re)creates it.</summary>
    public IReadOnlyDictionary<string, int> NetworkSteps => _networkSteps;

    /// <summary>Volume key → the step that creates it.</summary>
    public IReadOnlyDictionary<string, int> VolumeSteps => _volumeSteps;

    public NetworkRecreation Reconnects { get; } = new();

    /// <summary>Service → its replicas after the create phase.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<PlannedReplica>> Replicas => _replicas;

    /// <summary>Services with at least one container recreated by this plan (for <c>restart: true</c> dependents).</summary>
    public IReadOnlySet<string> Recreated => _recreated;

    public void RecordNetwork(string key, int step) => _networkSteps[key] = step;

    public void RecordVolume(string key, int step) => _volumeSteps[key] = step;

    public void RecordReplicas(string service, ImmutableArray<PlannedReplica> replicas) => _replicas[service] = replicas;

    public void RecordRecreated(string service) => _recreated.Add(service);

    /// <summary>Whether an earlier step of this plan stops the container (a network recreation or a dependency's recreation).</summary>
    public bool IsStoppedByPlan(string containerId) => _stoppedByPlan.ContainsKey(containerId);

    /// <summary>Why this plan stopped the container, for the start that follows; null when it did not.</summary>
    public string? StopReasonOf(string containerId) => _stopReasons.GetValueOrDefault(containerId);

    public int ReplicaCount(Service service) => Options.Scale.TryGetValue(service.Name, out var n) ? n : service.Replicas;

    /// <summary>Digests of the secret and config contents this service's containers receive, for its config hash.</summary>
    public IReadOnlyDictionary<string, string> ContentsOf(Service service) =>
        ServiceContents.KeysOf(service).ToImmutableSortedDictionary(k => k, k => Observed.ContentDigests.GetValueOrDefault(k, "missing"), StringComparer.Ordinal);

    /// <summary>The steps a container of the service must be created after: its networks and the project's volumes.</summary>
    public ImmutableArray<int> InfrastructureFor(Service service) =>
        [.. service.Networks.Keys.Select(n => _networkSteps.GetValueOrDefault(n)).Concat(_volumeSteps.Values).Where(id => id > 0)];

    /// <summary>
    /// Whether the service is a one-shot task: another service waits for it with <c>service_completed_successfully</c>.
    /// Its container that exited with 0 has done its job; <c>up</c> does not run it again unless it changed.
    /// </summary>
    public bool IsOneShot(string service) => WaitConditions.IsOneShot(Project, service);

    /// <summary>Adds a stop for a running container (once) and remembers it; returns the stop step, or null when it is not running.</summary>
    public int? StopOnce(ContainerInfo container, string reason, params int[] after)
    {
        if (_stoppedByPlan.TryGetValue(container.Id, out var existing))
        {
            return existing;
        }

        if (!ContainerFacts.IsUp(container))
        {
            return null;
        }

        var stop = Builder.AddStop(
            new StopContainerStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = reason,
                Container = ContainerRef.Existing(container.Id, container.Name),
                Timeout = Options.Timeout,
                DependsOn = [.. after],
            },
            ContainerFacts.ServiceOf(container) is { } service && Project.Services.TryGetValue(service, out var definition) ? definition.PreStop : []);
        _stoppedByPlan[container.Id] = stop;
        _stopReasons[container.Id] = reason;
        return stop;
    }
}
