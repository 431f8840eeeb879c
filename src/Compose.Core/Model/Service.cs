using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// One service, in canonical long syntax. <c>null</c> means unset; an empty collection means none (or explicitly
/// cleared). Properties marked <see cref="HashIgnoreAttribute"/> do not change the container, so the config hash
/// leaves them out.
/// </summary>
public sealed record Service
{
    public required string Name { get; init; }

    // Image and how to get it.
    public string? Image { get; init; }
    [HashIgnore] public ServiceBuild? Build { get; init; }

    /// <summary><c>always</c>, <c>never</c>, <c>missing</c>, <c>build</c>, <c>if_not_present</c>, <c>refresh</c>, <c>daily</c>, <c>weekly</c>, <c>every_&lt;duration&gt;</c>.</summary>
    [HashIgnore] public string? PullPolicy { get; init; }
    [HashIgnore] public string? PullRefreshAfter { get; init; }
    public string? Platform { get; init; }

    // The process.

    /// <summary>Overrides the image's CMD when set (already split into arguments).</summary>
    public ImmutableArray<string>? Command { get; init; }

    public ImmutableArray<string>? Entrypoint { get; init; }

    /// <summary>
    /// Variables after <c>env_file</c> contents and the shell are applied. A null value is a bare
    /// <c>environment: [NAME]</c> set nowhere (not in the shell, not in <c>.env</c>): the container gets NAME unset,
    /// even when an <c>env_file</c> or the image sets it, as with docker compose.
    /// </summary>
    public ImmutableSortedDictionary<string, string?> Environment { get; init; } = ModelMaps.Empty<string?>();

    /// <summary>
    /// The files whose contents are already merged into <see cref="Environment"/> (none when loaded for <c>config</c>,
    /// which drops them as docker compose's does; <c>config --no-interpolate</c> lists them unread).
    /// </summary>
    [HashIgnore] public ImmutableArray<EnvFileReference> EnvFiles { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();

    /// <summary>The files whose contents are already merged into <see cref="Labels"/> (as <see cref="EnvFiles"/>).</summary>
    [HashIgnore] public ImmutableArray<string> LabelFiles { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Annotations { get; init; } = ModelMaps.Empty<string>();
    public string? WorkingDir { get; init; }
    public string? User { get; init; }
    public string? Hostname { get; init; }
    public string? Domainname { get; init; }
    public string? MacAddress { get; init; }
    public bool Tty { get; init; }
    public bool StdinOpen { get; init; }

    /// <summary>Run an init process (tini) as PID 1 so signals reach the command and zombies are reaped.</summary>
    public bool? Init { get; init; }

    public string? StopSignal { get; init; }

    /// <summary>How long <c>stop</c> waits before killing; null = the engine's default (10 s).</summary>
    public TimeSpan? StopGracePeriod { get; init; }

    public HealthCheck? HealthCheck { get; init; }

    /// <summary><c>no</c>, <c>always</c>, <c>on-failure[:N]</c> or <c>unless-stopped</c>.</summary>
    public string? Restart { get; init; }

    /// <summary>Run in a separate container before the service's containers start (docker compose v5).</summary>
    public ImmutableArray<ServiceHook> PreStart { get; init; } = [];
    [HashIgnore] public ImmutableArray<ServiceHook> PostStart { get; init; } = [];
    [HashIgnore] public ImmutableArray<ServiceHook> PreStop { get; init; } = [];

    // Networking.
    public ImmutableArray<PortMapping> Ports { get; init; } = [];

    /// <summary>Ports exposed without publishing: <c>80</c>, <c>8000-8010</c>, <c>53/udp</c>.</summary>
    public ImmutableArray<string> Expose { get; init; } = [];

    /// <summary>Networks the service joins, by the network's key in the project; the value carries per-service settings.</summary>
    public ImmutableSortedDictionary<string, ServiceNetwork> Networks { get; init; } = ModelMaps.Empty<ServiceNetwork>();

    /// <summary><c>bridge</c>, <c>host</c>, <c>none</c>, <c>service:NAME</c> or <c>container:NAME</c>; exclusive with <see cref="Networks"/>.</summary>
    public string? NetworkMode { get; init; }

    public ImmutableArray<string> Dns { get; init; } = [];
    public ImmutableArray<string> DnsSearch { get; init; } = [];
    public ImmutableArray<string> DnsOpt { get; init; } = [];

    /// <summary>Host name → addresses for <c>/etc/hosts</c>.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> ExtraHosts { get; init; } = ModelMaps.Empty<ImmutableArray<string>>();

    /// <summary><c>SERVICE[:ALIAS]</c> legacy links.</summary>
    public ImmutableArray<string> Links { get; init; } = [];
    public ImmutableArray<string> ExternalLinks { get; init; } = [];

    // Storage.
    public ImmutableArray<ServiceMount> Volumes { get; init; } = [];

    /// <summary><c>SERVICE[:ro|rw]</c> or <c>container:NAME[:ro|rw]</c>.</summary>
    public ImmutableArray<string> VolumesFrom { get; init; } = [];

    /// <summary><c>/path[:options]</c> entries.</summary>
    public ImmutableArray<string> Tmpfs { get; init; } = [];
    public ImmutableArray<ServiceFileReference> Secrets { get; init; } = [];
    public ImmutableArray<ServiceFileReference> Configs { get; init; } = [];
    public ImmutableSortedDictionary<string, string> StorageOpt { get; init; } = ModelMaps.Empty<string>();

    // Security and namespaces.
    public bool Privileged { get; init; }
    public bool ReadOnly { get; init; }
    public ImmutableArray<string> CapAdd { get; init; } = [];
    public ImmutableArray<string> CapDrop { get; init; } = [];
    public ImmutableArray<string> SecurityOpt { get; init; } = [];
    public ImmutableArray<string> GroupAdd { get; init; } = [];
    public string? UsernsMode { get; init; }
    public CredentialSpec? CredentialSpec { get; init; }
    public string? Ipc { get; init; }
    public string? Pid { get; init; }
    public string? Uts { get; init; }

    /// <summary>cgroup namespace: <c>host</c> or <c>private</c>.</summary>
    public string? Cgroup { get; init; }
    public string? CgroupParent { get; init; }
    public string? Isolation { get; init; }
    public string? Runtime { get; init; }
    public bool UseApiSocket { get; init; }

    // Resources (service-level; deploy.resources is in Deploy).
    public decimal? Cpus { get; init; }
    public long? CpuCount { get; init; }
    public int? CpuPercent { get; init; }
    public long? CpuShares { get; init; }
    public long? CpuPeriod { get; init; }
    public long? CpuQuota { get; init; }

    /// <summary>Microseconds.</summary>
    public long? CpuRtPeriod { get; init; }

    /// <summary>Microseconds.</summary>
    public long? CpuRtRuntime { get; init; }
    public string? Cpuset { get; init; }

    /// <summary>Bytes.</summary>
    public long? MemLimit { get; init; }

    /// <summary>Bytes.</summary>
    public long? MemReservation { get; init; }

    /// <summary>Bytes; -1 = unlimited swap.</summary>
    public long? MemswapLimit { get; init; }
    public int? MemSwappiness { get; init; }
    public long? PidsLimit { get; init; }
    public bool? OomKillDisable { get; init; }
    public int? OomScoreAdj { get; init; }

    /// <summary>Bytes.</summary>
    public long? ShmSize { get; init; }
    public BlkioConfig? BlkioConfig { get; init; }
    public ImmutableSortedDictionary<string, Ulimit> Ulimits { get; init; } = ModelMaps.Empty<Ulimit>();
    public ImmutableSortedDictionary<string, string> Sysctls { get; init; } = ModelMaps.Empty<string>();
    public ImmutableArray<ServiceDevice> Devices { get; init; } = [];
    public ImmutableArray<string> DeviceCgroupRules { get; init; } = [];

    /// <summary><c>gpus: all</c> binds to one request with count -1 and the <c>gpu</c> capability.</summary>
    public ImmutableArray<DeviceRequest> Gpus { get; init; } = [];

    // Orchestration.
    public ImmutableSortedDictionary<string, ServiceDependency> DependsOn { get; init; } = ModelMaps.Empty<ServiceDependency>();
    public ImmutableArray<string> Profiles { get; init; } = [];
    public string? ContainerName { get; init; }

    /// <summary>Replica count from <c>scale</c> or <c>deploy.replicas</c>; null means one.</summary>
    public int? Scale { get; init; }

    public DeployConfig? Deploy { get; init; }
    [HashIgnore] public DevelopConfig? Develop { get; init; }
    public LoggingConfig? Logging { get; init; }

    /// <summary>Whether <c>up</c> attaches to the service's output (null = yes).</summary>
    [HashIgnore] public bool? Attach { get; init; }
    public ServiceProvider? Provider { get; init; }
    public ImmutableSortedDictionary<string, ServiceModelBinding> Models { get; init; } = ModelMaps.Empty<ServiceModelBinding>();

    /// <summary>Service-level <c>x-*</c> extension fields: for tools, never for the container.</summary>
    [HashIgnore] public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();

    public int Replicas => Scale ?? 1;

    /// <summary>The image the containers run: <c>image:</c>, else the name docker compose gives a built image.</summary>
    public string ImageName(string projectName) => Image ?? $"{projectName}-{Name}";
}
