namespace Compose.Planning.Steps;

public sealed record RemoveNetworkStep : PlanStep
{
    public required string NetworkName { get; init; }
}
