namespace Compose.Planning.Steps;

public sealed record StopContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>Grace period before the engine kills it; null = the container's own stop timeout.</summary>
    public TimeSpan? Timeout { get; init; }
}
