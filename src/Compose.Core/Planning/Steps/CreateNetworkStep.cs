namespace Compose.Planning.Steps;

public sealed record CreateNetworkStep : PlanStep
{
    public required Compose.Runtime.NetworkCreateSpec Spec { get; init; }
}
