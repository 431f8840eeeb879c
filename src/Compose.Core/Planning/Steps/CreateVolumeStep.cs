namespace Compose.Planning.Steps;

public sealed record CreateVolumeStep : PlanStep
{
    public required Compose.Runtime.VolumeCreateSpec Spec { get; init; }
}
