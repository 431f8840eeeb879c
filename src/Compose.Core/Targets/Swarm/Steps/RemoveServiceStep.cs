using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

public sealed record RemoveServiceStep : PlanStep
{
    public required string ServiceId { get; init; }
    public required string Service { get; init; }
}
