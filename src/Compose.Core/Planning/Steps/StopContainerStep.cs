using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Planning.Steps;

public sealed record StopContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>Grace period before the engine kills it; null = the container's own stop timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The service's <c>pre_stop</c> hooks, run in the container before it is stopped.</summary>
    public ImmutableArray<ServiceHook> PreStop { get; init; } = [];
}
