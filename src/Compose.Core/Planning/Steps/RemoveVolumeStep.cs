namespace Compose.Planning.Steps;

public sealed record RemoveVolumeStep : PlanStep
{
    public required string VolumeName { get; init; }
}
