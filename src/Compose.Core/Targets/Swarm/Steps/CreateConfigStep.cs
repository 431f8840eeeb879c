using Compose.Planning.Steps;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Stores a config (a new version of one: its name carries its content's digest).</summary>
public sealed record CreateConfigStep : PlanStep
{
    public required SwarmObjectSpec Spec { get; init; }
}
