using System.Collections.Immutable;

namespace Compose.Planning.Steps;

/// <summary>Copies secrets and configs into a created container (one archive upload), before it starts.</summary>
public sealed record CopyFilesStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public required ImmutableArray<InjectedFile> Files { get; init; }
}
