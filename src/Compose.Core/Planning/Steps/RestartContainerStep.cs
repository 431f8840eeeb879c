namespace Compose.Planning.Steps;

/// <summary>The engine's restart (stop then start in one call); <c>restart</c> applies no file changes.</summary>
public sealed record RestartContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>Grace period before the engine kills it; null = the container's own stop timeout.</summary>
    public TimeSpan? Timeout { get; init; }
}
