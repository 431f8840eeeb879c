namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>TaskTemplate.Resources</c>.</summary>
internal sealed class ResourceRequirementsDto
{
    public LimitDto? Limits { get; set; }
    public ReservationDto? Reservations { get; set; }
}

internal sealed class LimitDto
{
    public long? NanoCPUs { get; set; }
    public long? MemoryBytes { get; set; }
    public long? Pids { get; set; }
}

internal sealed class ReservationDto
{
    public long? NanoCPUs { get; set; }
    public long? MemoryBytes { get; set; }
    public GenericResourceDto[]? GenericResources { get; set; }
}

internal sealed class GenericResourceDto
{
    public DiscreteResourceDto? DiscreteResourceSpec { get; set; }
}

internal sealed class DiscreteResourceDto
{
    public string? Kind { get; set; }
    public long Value { get; set; }
}

internal sealed class SwarmRestartPolicyDto
{
    public string? Condition { get; set; }
    public long? Delay { get; set; }
    public ulong? MaxAttempts { get; set; }
    public long? Window { get; set; }
}

internal sealed class PlacementDto
{
    public string[]? Constraints { get; set; }
    public PlacementPreferenceDto[]? Preferences { get; set; }
    public ulong? MaxReplicas { get; set; }
}

internal sealed class PlacementPreferenceDto
{
    public SpreadDto? Spread { get; set; }
}

internal sealed class SpreadDto
{
    public string? SpreadDescriptor { get; set; }
}

internal sealed class NetworkAttachmentConfigDto
{
    public string? Target { get; set; }
    public string[]? Aliases { get; set; }
    public Dictionary<string, string>? DriverOpts { get; set; }
}
