using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// What a service should be: its tasks' container, where and how many they run, how they are updated and reached.
/// Networks, secrets and configs are named, not referenced by id. Collections are sorted by their producer and maps
/// are ordinal, so two specs of the same intent serialize to the same bytes.
/// </summary>
public sealed record SwarmServiceSpec
{
    public required string Name { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public required SwarmContainerSpec Container { get; init; }
    public SwarmResources? Resources { get; init; }
    public SwarmRestartPolicy? RestartPolicy { get; init; }
    public SwarmPlacement? Placement { get; init; }
    public ImmutableArray<SwarmNetworkAttachment> Networks { get; init; } = [];
    public SwarmLogDriver? LogDriver { get; init; }
    public SwarmServiceMode Mode { get; init; } = SwarmServiceMode.Replicated;

    /// <summary>Replicas of a replicated service, completions of a replicated job; null for global modes.</summary>
    public ulong? Replicas { get; init; }

    public SwarmUpdateConfig? UpdateConfig { get; init; }
    public SwarmUpdateConfig? RollbackConfig { get; init; }
    public SwarmEndpointSpec? Endpoint { get; init; }

    /// <summary>A counter whose change alone restarts every task (<c>docker service update --force</c>); kept as found.</summary>
    public ulong ForceUpdate { get; init; }
}
