using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>
/// Everything needed to create one container, independent of the engine's wire format. Null means "the engine's
/// or image's default"; an empty collection means "explicitly none" where the distinction matters (command).
/// </summary>
public sealed record ContainerCreateSpec
{
    public required string Name { get; init; }
    public required string Image { get; init; }

    /// <summary><c>os/arch[/variant]</c> to pick from a multi-platform image.</summary>
    public string? Platform { get; init; }

    /// <summary>null = the image's default; empty = explicitly no arguments.</summary>
    public ImmutableArray<string>? Command { get; init; }

    public ImmutableArray<string>? Entrypoint { get; init; }

    /// <summary><c>KEY=VALUE</c> entries.</summary>
    public ImmutableArray<string> Environment { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public string? WorkingDirectory { get; init; }
    public string? User { get; init; }
    public string? Hostname { get; init; }
    public string? Domainname { get; init; }
    public string? MacAddress { get; init; }

    public bool Tty { get; init; }
    public bool OpenStdin { get; init; }

    /// <summary>For <c>run</c> and attached containers: which streams the engine keeps for an attach.</summary>
    public bool AttachStdin { get; init; }
    public bool AttachStdout { get; init; }
    public bool AttachStderr { get; init; }

    public string? StopSignal { get; init; }
    public TimeSpan? StopTimeout { get; init; }

    public HealthCheckSpec? HealthCheck { get; init; }

    /// <summary>Ports exposed without publishing, as <c>80/tcp</c>.</summary>
    public ImmutableArray<string> ExposedPorts { get; init; } = [];

    public ImmutableArray<PortBinding> Ports { get; init; } = [];

    /// <summary>
    /// Networks to join, primary first. API 1.44+ takes them all at creation; older engines take the first at
    /// creation and the rest by connect before start (the driver's job, not the caller's).
    /// </summary>
    public ImmutableArray<NetworkAttachment> Networks { get; init; } = [];

    /// <summary><c>host</c>, <c>none</c>, <c>container:&lt;id&gt;</c>; null = the first of <see cref="Networks"/> (or the engine's bridge).</summary>
    public string? NetworkMode { get; init; }

    public ImmutableArray<MountSpec> Mounts { get; init; } = [];

    /// <summary><c>/path</c> → mount options (<c>size=64m,mode=1777</c>), the <c>tmpfs:</c> short form.</summary>
    public ImmutableSortedDictionary<string, string> Tmpfs { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public RestartPolicySpec? RestartPolicy { get; init; }

    public ResourceSpec Resources { get; init; } = ResourceSpec.None;

    public ImmutableArray<UlimitSpec> Ulimits { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Sysctls { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public ImmutableArray<string> CapAdd { get; init; } = [];
    public ImmutableArray<string> CapDrop { get; init; } = [];
    public ImmutableArray<string> SecurityOpt { get; init; } = [];

    public ImmutableArray<DeviceMapping> Devices { get; init; } = [];
    public ImmutableArray<string> DeviceCgroupRules { get; init; } = [];

    public ImmutableArray<string> Dns { get; init; } = [];
    public ImmutableArray<string> DnsSearch { get; init; } = [];
    public ImmutableArray<string> DnsOptions { get; init; } = [];

    /// <summary><c>host:ip</c> entries for <c>/etc/hosts</c>.</summary>
    public ImmutableArray<string> ExtraHosts { get; init; } = [];

    public LogConfigSpec? Logging { get; init; }

    public bool? Init { get; init; }
    public bool Privileged { get; init; }

    /// <summary>The engine removes the container when it exits (<c>run --rm -d</c>, where nobody stays to remove it).</summary>
    public bool AutoRemove { get; init; }
    public bool ReadOnlyRootFilesystem { get; init; }

    /// <summary>Size of <c>/dev/shm</c> in bytes.</summary>
    public long? ShmSize { get; init; }

    public string? IpcMode { get; init; }
    public string? PidMode { get; init; }
    public string? UtsMode { get; init; }
    public string? UsernsMode { get; init; }
    public string? CgroupnsMode { get; init; }
    public string? CgroupParent { get; init; }
    public string? Runtime { get; init; }

    public ImmutableArray<string> GroupAdd { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Annotations { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Settings only the Docker Engine API has; null = none set. Other drivers refuse a spec that sets any (see <see cref="RuntimeCapabilities"/>).</summary>
    public DockerContainerOptions? Docker { get; init; }
}
