using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>Which nodes may run the tasks (<c>node.role==manager</c>), how to spread them, and at most how many per node.</summary>
public sealed record SwarmPlacement
{
    public ImmutableArray<string> Constraints { get; init; } = [];

    /// <summary>Spread descriptors, in order (<c>node.labels.zone</c>).</summary>
    public ImmutableArray<string> Spread { get; init; } = [];

    public ulong? MaxReplicasPerNode { get; init; }
}
