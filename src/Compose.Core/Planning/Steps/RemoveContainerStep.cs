namespace Compose.Planning.Steps;

public sealed record RemoveContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public bool RemoveAnonymousVolumes { get; init; }
}
