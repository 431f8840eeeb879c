namespace Compose.Planning.Steps;

/// <summary>Gives a container its final name: the last call of a recreate, or the repair of an interrupted one.</summary>
public sealed record RenameContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public required string NewName { get; init; }
}
