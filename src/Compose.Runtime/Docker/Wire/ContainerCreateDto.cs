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
    public string? Domainname { get; set; }

    /// <summary>Container-level MAC address: only before API 1.44 (later it lives on the endpoint).</summary>
    public string? MacAddress { get; set; }
    public bool Tty { get; set; }
    public bool OpenStdin { get; set; }
    public bool StdinOnce { get; set; }
    public bool AttachStdin { get; set; }
    public bool AttachStdout { get; set; }
    public bool AttachStderr { get; set; }
    public string? StopSignal { get; set; }
    public int? StopTimeout { get; set; }
    public HealthConfigDto? Healthcheck { get; set; }
    public HostConfigDto HostConfig { get; set; } = new();
    public NetworkingConfigDto? NetworkingConfig { get; set; }
}
