using System.Collections.Immutable;
using Compose.Planning.Steps;

namespace Compose.Targets.Swarm.Steps;

/// <summary>Waits until the removed services' tasks have stopped, so their networks and secrets can go and nothing is left running.</summary>
public sealed record WaitForTasksGoneStep : PlanStep
{
    public required string Stack { get; init; }
    public required ImmutableArray<string> ServiceIds { get; init; }
}
