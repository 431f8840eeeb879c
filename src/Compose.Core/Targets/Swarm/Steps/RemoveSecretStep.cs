using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Removes a secret no service uses, nor returns to on rollback.</summary>
public sealed record RemoveSecretStep : PlanStep
{
    public required string ObjectId { get; init; }
    public required string Name { get; init; }
}
