using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Asks the swarm to return a service to the spec it had before its last update (it keeps that spec).</summary>
public sealed record RollbackServiceStep : PlanStep
{
    public required string ServiceId { get; init; }
    public required ulong Version { get; init; }
    public required string Service { get; init; }
}
