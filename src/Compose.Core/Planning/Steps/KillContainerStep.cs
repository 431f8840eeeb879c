namespace Compose.Planning.Steps;

public sealed record KillContainerStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    /// <summary>The signal to send; null = <c>SIGKILL</c>.</summary>
    public string? Signal { get; init; }
}
