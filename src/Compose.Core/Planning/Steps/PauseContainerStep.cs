namespace Compose.Planning.Steps;

public sealed record PauseContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }
}
