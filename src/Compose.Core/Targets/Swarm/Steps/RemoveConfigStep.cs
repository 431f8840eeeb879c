using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Removes a config no service uses, nor returns to on rollback.</summary>
public sealed record RemoveConfigStep : PlanStep
{
    public required string ObjectId { get; init; }
    public required string Name { get; init; }
}
