namespace Compose.Planning.Steps;

public sealed record StartContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>Set for an existing container that is not running: what to do if its engine holds a stale task for it.</summary>
    public StaleTaskReplacement? Replacement { get; init; }
}
