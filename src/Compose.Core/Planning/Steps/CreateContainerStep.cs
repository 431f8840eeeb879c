namespace Compose.Planning.Steps;

public sealed record CreateContainerStep : PlanStep
{
    public required Compose.Runtime.ContainerCreateSpec Spec { get; init; }
}
