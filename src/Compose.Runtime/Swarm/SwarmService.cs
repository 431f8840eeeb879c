using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// A service as the manager reports it: its spec (read back into the same form it is written in), the version the
/// next update must name, the state of its last update and, when the engine counts them, its running and desired tasks.
/// </summary>
public sealed record SwarmService
{
    public required string Id { get; init; }
    public required ulong Version { get; init; }
    public required SwarmServiceSpec Spec { get; init; }

    /// <summary>The spec from before the last update, which a rollback returns to; null when never updated.</summary>
    public SwarmServiceSpec? PreviousSpec { get; init; }

    public SwarmUpdateStatus? UpdateStatus { get; init; }
    public int? RunningTasks { get; init; }
    public int? DesiredTasks { get; init; }

    /// <summary>The ports as published, with the numbers the engine chose for those the spec left open.</summary>
    public ImmutableArray<SwarmPort> Ports { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
