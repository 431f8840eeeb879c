using System.Collections.Immutable;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// What the parts of one <c>up</c> plan share: the inputs, the builder, and what earlier parts planned that later
/// parts must order after (network and volume creations, containers already stopped by the plan).
/// </summary>
internal sealed class UpContext(Project project, ObservedState observed, UpOptions options, ImmutableSortedSet<string> selected)
{
    public Project Project { get; } = project;
    public ObservedState Observed { get; } = observed;
    public UpOptions Options { get; } = options;

    /// <summary>The services this <c>up</c> acts on: the named ones and (unless <c>--no-deps</c>) their dependencies.</summary>
    public ImmutableSortedSet<string> Selected { get; } = selected;

    public PlanBuilder Builder { get; } = new();

    /// <summary>Network key → the step that (re)creates it.</summary>
    public Dictionary<string, int> NetworkSteps { get; } = new(StringComparer.Ordinal);

    /// <summary>Volume key → the step that creates it.</summary>
    public Dictionary<string, int> VolumeSteps { get; } = new(StringComparer.Ordinal);

    /// <summary>Container id → the step that stops it (a network recreation or a dependency's recreation did).</summary>
    public Dictionary<string, int> StoppedByPlan { get; } = new(StringComparer.Ordinal);

    /// <summary>Container id → the reason it was stopped, for the start that follows.</summary>
    public Dictionary<string, string> StopReasons { get; } = new(StringComparer.Ordinal);

    public NetworkRecreation Reconnects { get; } = new();

    /// <summary>Service → its replicas after the create phase.</summary>
    public Dictionary<string, ImmutableArray<PlannedReplica>> Replicas { get; } = new(StringComparer.Ordinal);

    /// <summary>Services with at least one container recreated by this plan (for <c>restart: true</c> dependents).</summary>
    public HashSet<string> Recreated { get; } = new(StringComparer.Ordinal);

    public int ReplicaCount(Service service) => Options.Scale.TryGetValue(service.Name, out var n) ? n : service.Replicas;

    /// <summary>Digests of the secret and config contents this service's containers receive, for its config hash.</summary>
    public IReadOnlyDictionary<string, string> ContentsOf(Service service) =>
        ServiceContents.KeysOf(service).ToImmutableSortedDictionary(k => k, k => Observed.ContentDigests.GetValueOrDefault(k, "missing"), StringComparer.Ordinal);

    /// <summary>The steps a container of the service must be created after: its networks and the project's volumes.</summary>
    public ImmutableArray<int> InfrastructureFor(Service service) =>
        [.. service.Networks.Keys.Select(n => NetworkSteps.GetValueOrDefault(n)).Concat(VolumeSteps.Values).Where(id => id > 0)];

    /// <summary>
    /// Whether the service is a one-shot task: another service waits for it with <c>service_completed_successfully</c>.
    /// Its container that exited with 0 has done its job; <c>up</c> does not run it again unless it changed.
    /// </summary>
    public bool IsOneShot(string service) =>
        Project.Services.Values.Any(s => s.DependsOn.TryGetValue(service, out var d) && d.Condition == ServiceDependency.CompletedSuccessfully);

    /// <summary>Adds a stop for a running container (once) and remembers it; returns the stop step, or null when it is not running.</summary>
    public int? StopOnce(ContainerInfo container, string reason, params int[] after)
    {
        if (StoppedByPlan.TryGetValue(container.Id, out var existing))
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
        StoppedByPlan[container.Id] = stop;
        StopReasons[container.Id] = reason;
        return stop;
    }
}
