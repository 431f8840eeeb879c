using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Creates a swarm-scoped network (overlay) on the manager; nodes get it when a task there needs it.</summary>
public sealed record CreateSwarmNetworkStep : PlanStep
{
    public required NetworkCreateSpec Spec { get; init; }
}
