namespace Compose.Runtime.Docker.Wire;

/// <summary>The body of <c>POST /containers/create</c>.</summary>
internal sealed class ContainerCreateDto
{
    public string Image { get; set; } = "";
    public string[]? Cmd { get; set; }
    public string[]? Entrypoint { get; set; }
    public string[]? Env { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, EmptyDto>? ExposedPorts { get; set; }
    public string? WorkingDir { get; set; }
    public string? User { get; set; }
    public string? Hostname { get; set; }
    public bool Tty { get; set; }
    public bool OpenStdin { get; set; }
    public string? StopSignal { get; set; }
    public int? StopTimeout { get; set; }
    public HostConfigDto HostConfig { get; set; } = new();
    public NetworkingConfigDto? NetworkingConfig { get; set; }
}

internal sealed class EmptyDto;

internal sealed class HostConfigDto
{
    public Dictionary<string, PortBindingDto[]>? PortBindings { get; set; }
    public string? NetworkMode { get; set; }
    public bool? Init { get; set; }
    public RestartPolicyDto? RestartPolicy { get; set; }
}

internal sealed class PortBindingDto
{
    public string? HostIp { get; set; }
    public string? HostPort { get; set; }
}

internal sealed class RestartPolicyDto
{
    public string Name { get; set; } = "";
    public int? MaximumRetryCount { get; set; }
}

internal sealed class NetworkingConfigDto
{
    public Dictionary<string, EndpointSettingsDto>? EndpointsConfig { get; set; }
}
