namespace Compose.Runtime.Docker.Wire;

/// <summary>One entry of <c>GET /containers/json</c>.</summary>
internal sealed class ContainerSummaryDto
{
    public string Id { get; set; } = "";
    public string[]? Names { get; set; }
    public string Image { get; set; } = "";
    public string ImageID { get; set; } = "";
    public string? Command { get; set; }
    public string State { get; set; } = "";
    public string Status { get; set; } = "";
    public long Created { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public PortDto[]? Ports { get; set; }
    public SummaryNetworkSettingsDto? NetworkSettings { get; set; }
    public MountPointDto[]? Mounts { get; set; }
}

internal sealed class PortDto
{
    public string? IP { get; set; }
    public int PrivatePort { get; set; }
    public int? PublicPort { get; set; }
    public string Type { get; set; } = "tcp";
}

internal sealed class SummaryNetworkSettingsDto
{
    public Dictionary<string, EndpointSettingsDto>? Networks { get; set; }
}
