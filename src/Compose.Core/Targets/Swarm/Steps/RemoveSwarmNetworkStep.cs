using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

public sealed record RemoveSwarmNetworkStep : PlanStep
{
    public required string NetworkId { get; init; }
    public required string Network { get; init; }
}
