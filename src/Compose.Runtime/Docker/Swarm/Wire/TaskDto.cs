namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /tasks</c> entries (only what a deploy and <c>ps</c> read).</summary>
internal sealed class TaskDto
{
    public string ID { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string ServiceID { get; set; } = "";
    public int Slot { get; set; }
    public string? NodeID { get; set; }
    public string? DesiredState { get; set; }
    public TaskStatusDto? Status { get; set; }
    public TaskSpecDto? Spec { get; set; }
}

internal sealed class TaskStatusDto
{
    public DateTimeOffset Timestamp { get; set; }
    public string? State { get; set; }
    public string? Message { get; set; }
    public string? Err { get; set; }
    public ContainerStatusDto? ContainerStatus { get; set; }
    public PortStatusDto? PortStatus { get; set; }
}

internal sealed class ContainerStatusDto
{
    public string? ContainerID { get; set; }
    public int ExitCode { get; set; }
}

internal sealed class PortStatusDto
{
    public PortConfigDto[]? Ports { get; set; }
}
