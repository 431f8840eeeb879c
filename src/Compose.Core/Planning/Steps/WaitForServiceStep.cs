using System.Collections.Immutable;

namespace Compose.Planning.Steps;

/// <summary>
/// Waits until a dependency's containers meet a <c>depends_on</c> condition (<c>service_healthy</c>,
/// <c>service_completed_successfully</c>), driven by engine events. Fails fast when the condition can no longer hold;
/// an optional dependency (<c>required: false</c>) only warns.
/// </summary>
public sealed record WaitForServiceStep : PlanStep
{
    public required string Service { get; init; }

    /// <summary>What the containers must reach, from the <c>depends_on</c> condition.</summary>
    public required Readiness Readiness { get; init; }

    public required ImmutableArray<ContainerRef> Containers { get; init; }

    public bool Required { get; init; } = true;
}
