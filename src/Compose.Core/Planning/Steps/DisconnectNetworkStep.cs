namespace Compose.Planning.Steps;

/// <summary>Detaches a container from a network about to be removed (the engine refuses to remove a network in use).</summary>
public sealed record DisconnectNetworkStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public required string NetworkName { get; init; }
}
