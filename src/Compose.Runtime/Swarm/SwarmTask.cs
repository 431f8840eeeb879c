using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// One task: a replica slot (or, for a global service, a node) run as one container. <see cref="DesiredState"/> is
/// what the orchestrator wants (<c>running</c>, <c>shutdown</c>), <see cref="State"/> where it is (<c>pending</c>,
/// <c>running</c>, <c>failed</c>, <c>rejected</c>, …) and <see cref="Error"/> the engine's words when it failed.
/// </summary>
public sealed record SwarmTask
{
    public required string Id { get; init; }
    public required string ServiceId { get; init; }

    /// <summary>The replica slot (1-based); 0 for global services, whose tasks are one per node.</summary>
    public int Slot { get; init; }

    public string? NodeId { get; init; }
    public required string DesiredState { get; init; }
    public required string State { get; init; }
    public string? Message { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? ContainerId { get; init; }
    public int? ExitCode { get; init; }

    /// <summary>The image the task runs, as its spec names it (pinned to a digest when the deploy resolved one).</summary>
    public string Image { get; init; } = "";

    /// <summary>The container the task runs, read the way a service's is: the task of the current spec has the service's.</summary>
    public SwarmContainerSpec? Container { get; init; }

    /// <summary>Host-mode ports the task holds on its node.</summary>
    public ImmutableArray<SwarmPort> Ports { get; init; } = [];

    public bool IsRunning => State == "running";
}
