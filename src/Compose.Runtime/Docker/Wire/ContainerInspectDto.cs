namespace Compose.Runtime.Docker.Wire;

/// <summary>The parts of <c>GET /containers/{id}/json</c> we read.</summary>
internal sealed class ContainerInspectDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Image { get; set; } = "";
    public string? Created { get; set; }
    public string? Path { get; set; }
    public string[]? Args { get; set; }
    public ContainerConfigDto? Config { get; set; }
    public ContainerStateDto? State { get; set; }
    public InspectHostConfigDto? HostConfig { get; set; }
    public MountPointDto[]? Mounts { get; set; }
    public InspectNetworkSettingsDto? NetworkSettings { get; set; }
}

internal sealed class ContainerConfigDto
{
    public string? Image { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string[]? Env { get; set; }
    public string[]? Cmd { get; set; }
    public string[]? Entrypoint { get; set; }
    public bool Tty { get; set; }
    public bool OpenStdin { get; set; }
    public string? WorkingDir { get; set; }
    public string? User { get; set; }
    public HealthConfigDto? Healthcheck { get; set; }
    public string? StopSignal { get; set; }
    public int? StopTimeout { get; set; }
}

internal sealed class ContainerStateDto
{
    public string Status { get; set; } = "";
    public int ExitCode { get; set; }
    public string? Error { get; set; }
    public bool OOMKilled { get; set; }
    public int Pid { get; set; }
    public string? StartedAt { get; set; }
    public string? FinishedAt { get; set; }
    public HealthDto? Health { get; set; }
}

internal sealed class HealthDto
{
    public string Status { get; set; } = "";
    public HealthLogDto[]? Log { get; set; }
}

internal sealed class HealthLogDto
{
    public string? Start { get; set; }
    public string? End { get; set; }
    public int ExitCode { get; set; }
    public string? Output { get; set; }
}

internal sealed class InspectHostConfigDto
{
    public RestartPolicyDto? RestartPolicy { get; set; }
}

internal sealed class MountPointDto
{
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Source { get; set; }
    public string Destination { get; set; } = "";
    public string? Driver { get; set; }
    public bool RW { get; set; }
}

internal sealed class InspectNetworkSettingsDto
{
    public Dictionary<string, EndpointSettingsDto>? Networks { get; set; }
    public Dictionary<string, PortBindingDto[]?>? Ports { get; set; }
}
