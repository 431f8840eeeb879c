namespace Compose.Runtime.Docker.Wire;

/// <summary><c>HostConfig</c> of a container create body: everything host-side, resources included.</summary>
internal sealed class HostConfigDto
{
    public string[]? Binds { get; set; }
    public MountDto[]? Mounts { get; set; }
    public Dictionary<string, string>? Tmpfs { get; set; }
    public Dictionary<string, PortBindingDto[]>? PortBindings { get; set; }
    public string? NetworkMode { get; set; }
    public RestartPolicyDto? RestartPolicy { get; set; }
    public string[]? VolumesFrom { get; set; }
    public bool? Init { get; set; }
    public bool Privileged { get; set; }
    public bool AutoRemove { get; set; }
    public bool ReadonlyRootfs { get; set; }
    public long? ShmSize { get; set; }
    public string? IpcMode { get; set; }
    public string? PidMode { get; set; }
    public string? UTSMode { get; set; }
    public string? UsernsMode { get; set; }
    public string? CgroupnsMode { get; set; }
    public string? CgroupParent { get; set; }
    public string? Runtime { get; set; }
    public string? Isolation { get; set; }
    public string[]? GroupAdd { get; set; }
    public string[]? Links { get; set; }
    public Dictionary<string, string>? StorageOpt { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }
    public UlimitDto[]? Ulimits { get; set; }
    public Dictionary<string, string>? Sysctls { get; set; }
    public string[]? CapAdd { get; set; }
    public string[]? CapDrop { get; set; }
    public string[]? SecurityOpt { get; set; }
    public DeviceMappingDto[]? Devices { get; set; }
    public string[]? DeviceCgroupRules { get; set; }
    public DeviceRequestDto[]? DeviceRequests { get; set; }
    public string[]? Dns { get; set; }
    public string[]? DnsSearch { get; set; }
    public string[]? DnsOptions { get; set; }
    public string[]? ExtraHosts { get; set; }
    public LogConfigDto? LogConfig { get; set; }
    public long? NanoCpus { get; set; }
    public long? CpuShares { get; set; }
    public long? CpuPeriod { get; set; }
    public long? CpuQuota { get; set; }
    public long? CpuRealtimePeriod { get; set; }
    public long? CpuRealtimeRuntime { get; set; }
    public string? CpusetCpus { get; set; }
    public string? CpusetMems { get; set; }
    public long? Memory { get; set; }
    public long? MemoryReservation { get; set; }
    public long? MemorySwap { get; set; }
    public long? MemorySwappiness { get; set; }
    public long? PidsLimit { get; set; }
    public bool? OomKillDisable { get; set; }
    public int? OomScoreAdj { get; set; }
    public int? BlkioWeight { get; set; }
}
