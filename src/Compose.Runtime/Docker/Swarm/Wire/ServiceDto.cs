namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /services</c> entries and <c>GET /services/{id}</c>.</summary>
internal sealed class ServiceDto
{
    public string ID { get; set; } = "";
    public VersionDto? Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public ServiceSpecDto Spec { get; set; } = new();
    public ServiceSpecDto? PreviousSpec { get; set; }
    public EndpointDto? Endpoint { get; set; }
    public UpdateStatusDto? UpdateStatus { get; set; }

    /// <summary>Only with <c>?status=true</c> (API 1.41+).</summary>
    public ServiceStatusDto? ServiceStatus { get; set; }
}

internal sealed class VersionDto
{
    public ulong Index { get; set; }
}

internal sealed class EndpointDto
{
    public PortConfigDto[]? Ports { get; set; }
}

internal sealed class UpdateStatusDto
{
    public string? State { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Message { get; set; }
}

internal sealed class ServiceStatusDto
{
    public ulong RunningTasks { get; set; }
    public ulong DesiredTasks { get; set; }
}

/// <summary>The answer to a service create (its id) or update (no id); either may carry warnings.</summary>
internal sealed class ServiceWriteResponseDto
{
    public string? ID { get; set; }
    public string[]? Warnings { get; set; }
}
