using System.Collections.Immutable;
using Compose.Planning.Steps;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Steps;

/// <summary>
/// Replaces a service's spec at the version observed; the swarm then rolls its tasks over as its update config
/// says. <see cref="Changes"/> names what differs (also in the plan line's reason).
/// </summary>
public sealed record UpdateServiceStep : PlanStep
{
    public required string ServiceId { get; init; }
    public required ulong Version { get; init; }
    public required SwarmServiceSpec Spec { get; init; }
    public ImmutableArray<string> Changes { get; init; } = [];
}
