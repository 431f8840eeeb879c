namespace Compose.Planning.Steps;

/// <summary>Attaches an existing container to a (re)created network, with its aliases and addresses.</summary>
public sealed record ConnectNetworkStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public required Compose.Runtime.NetworkAttachment Attachment { get; init; }
}
