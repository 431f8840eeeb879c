namespace Compose.Planning.Steps;

public sealed record StartContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }
}
