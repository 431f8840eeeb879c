namespace Compose.Runtime.Docker.Wire;

/// <summary>The parts of <c>GET /containers/{id}/json</c> we read.</summary>
internal sealed class ContainerInspectDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Image { get; set; } = "";
    public string? Created { get; set; }
    public ContainerConfigDto? Config { get; set; }
    public ContainerStateDto? State { get; set; }
    public InspectNetworkSettingsDto? NetworkSettings { get; set; }
}

internal sealed class ContainerConfigDto
{
    public string? Image { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string[]? Env { get; set; }
    public string[]? Cmd { get; set; }
}

internal sealed class ContainerStateDto
{
    public string Status { get; set; } = "";
    public int ExitCode { get; set; }
    public string? StartedAt { get; set; }
    public HealthDto? Health { get; set; }
}

internal sealed class HealthDto
{
    public string Status { get; set; } = "";
}

internal sealed class InspectNetworkSettingsDto
{
    public Dictionary<string, EndpointSettingsDto>? Networks { get; set; }
    public Dictionary<string, PortBindingDto[]?>? Ports { get; set; }
}
