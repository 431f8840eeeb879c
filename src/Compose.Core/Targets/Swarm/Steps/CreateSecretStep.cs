using Compose.Planning.Steps;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Stores a secret (a new version of one: its name carries its content's digest). The plan text never shows the data.</summary>
public sealed record CreateSecretStep : PlanStep
{
    public required SwarmObjectSpec Spec { get; init; }
}
