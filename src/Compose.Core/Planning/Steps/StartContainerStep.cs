using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Planning.Steps;

public sealed record StartContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>The service's <c>post_start</c> hooks, run in the container once it has started.</summary>
    public ImmutableArray<ServiceHook> PostStart { get; init; } = [];
}
