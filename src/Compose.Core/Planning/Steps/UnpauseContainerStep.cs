namespace Compose.Planning.Steps;

public sealed record UnpauseContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }
}
