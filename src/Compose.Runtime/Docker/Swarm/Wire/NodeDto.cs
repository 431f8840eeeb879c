namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /nodes</c> entries.</summary>
internal sealed class NodeDto
{
    public string ID { get; set; } = "";
    public NodeSpecDto? Spec { get; set; }
    public NodeDescriptionDto? Description { get; set; }
    public NodeStatusDto? Status { get; set; }
    public ManagerStatusDto? ManagerStatus { get; set; }
}

internal sealed class NodeSpecDto
{
    public Dictionary<string, string>? Labels { get; set; }
    public string? Role { get; set; }
    public string? Availability { get; set; }
}

internal sealed class NodeDescriptionDto
{
    public string? Hostname { get; set; }
}

internal sealed class NodeStatusDto
{
    public string? State { get; set; }
    public string? Addr { get; set; }
}

internal sealed class ManagerStatusDto
{
    public bool Leader { get; set; }
}
