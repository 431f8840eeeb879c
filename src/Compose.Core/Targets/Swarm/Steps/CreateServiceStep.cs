using Compose.Planning.Steps;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Steps;

public sealed record CreateServiceStep : PlanStep
{
    public required SwarmServiceSpec Spec { get; init; }
}
