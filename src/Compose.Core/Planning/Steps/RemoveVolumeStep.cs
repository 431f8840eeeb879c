namespace Compose.Planning.Steps;

public sealed record RemoveVolumeStep : PlanStep
{
    public required string VolumeName { get; init; }

    /// <summary>
    /// An anonymous volume may still be used by a container outside the project (<c>volumes_from</c>): removing it is
    /// then skipped, not an error.
    /// </summary>
    public bool SkipWhenInUse { get; init; }
}
