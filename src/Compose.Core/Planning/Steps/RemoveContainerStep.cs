namespace Compose.Planning.Steps;

public sealed record RemoveContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public bool RemoveAnonymousVolumes { get; init; }

    /// <summary>Kill a running container first (<c>rm -f</c> semantics of the engine).</summary>
    public bool Force { get; init; } = true;
}
