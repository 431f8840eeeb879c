using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>TaskTemplate.ContainerSpec</c>.</summary>
internal sealed class ContainerSpecDto
{
    public string? Image { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string[]? Command { get; set; }
    public string[]? Args { get; set; }
    public string? Hostname { get; set; }
    public string[]? Env { get; set; }
    public string? Dir { get; set; }
    public string? User { get; set; }
    public string[]? Groups { get; set; }
    public bool? Init { get; set; }
    public string? StopSignal { get; set; }
    public long? StopGracePeriod { get; set; }
    public bool TTY { get; set; }
    public bool OpenStdin { get; set; }
    public bool ReadOnly { get; set; }
    public SwarmMountDto[]? Mounts { get; set; }
    public HealthConfigDto? Healthcheck { get; set; }
    public string[]? Hosts { get; set; }
    public DnsConfigDto? DNSConfig { get; set; }
    public SecretReferenceDto[]? Secrets { get; set; }
    public ConfigReferenceDto[]? Configs { get; set; }
    public Dictionary<string, string>? Sysctls { get; set; }
    public string[]? CapabilityAdd { get; set; }
    public string[]? CapabilityDrop { get; set; }
    public UlimitDto[]? Ulimits { get; set; }
    public long? OomScoreAdj { get; set; }
}

internal sealed class DnsConfigDto
{
    public string[]? Nameservers { get; set; }
    public string[]? Search { get; set; }
    public string[]? Options { get; set; }
}

internal sealed class FileTargetDto
{
    public string Name { get; set; } = "";
    public string UID { get; set; } = "0";
    public string GID { get; set; } = "0";
    public int Mode { get; set; }
}

internal sealed class SecretReferenceDto
{
    public FileTargetDto? File { get; set; }
    public string? SecretID { get; set; }
    public string? SecretName { get; set; }
}

internal sealed class ConfigReferenceDto
{
    public FileTargetDto? File { get; set; }
    public string? ConfigID { get; set; }
    public string? ConfigName { get; set; }
}

/// <summary>A task mount; unlike a container's, a volume's driver travels with it (each node creates the volume).</summary>
internal sealed class SwarmMountDto
{
    public string Type { get; set; } = "";
    public string? Source { get; set; }
    public string Target { get; set; } = "";
    public bool ReadOnly { get; set; }
    public string? Consistency { get; set; }
    public BindOptionsDto? BindOptions { get; set; }
    public SwarmVolumeOptionsDto? VolumeOptions { get; set; }
    public TmpfsOptionsDto? TmpfsOptions { get; set; }
}

internal sealed class SwarmVolumeOptionsDto
{
    public bool NoCopy { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string? Subpath { get; set; }
    public DriverDto? DriverConfig { get; set; }
}
