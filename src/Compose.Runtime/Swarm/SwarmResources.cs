using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>Limits (enforced on the node) and reservations (what the scheduler sets aside; it places nothing where they do not fit).</summary>
public sealed record SwarmResources
{
    /// <summary>CPUs in units of 10^-9.</summary>
    public long? LimitNanoCpus { get; init; }
    public long? LimitMemoryBytes { get; init; }
    public long? LimitPids { get; init; }
    public long? ReservedNanoCpus { get; init; }
    public long? ReservedMemoryBytes { get; init; }
    public ImmutableArray<SwarmGenericResource> ReservedGenericResources { get; init; } = [];
}
