using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// The container every task of a service runs. <see cref="Command"/> replaces the image's entrypoint and
/// <see cref="Args"/> its command (the engine's names); <see cref="Env"/> is <c>NAME=value</c>, sorted.
/// </summary>
public sealed record SwarmContainerSpec
{
    public required string Image { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<string>? Command { get; init; }
    public ImmutableArray<string>? Args { get; init; }
    public string? Hostname { get; init; }
    public ImmutableArray<string> Env { get; init; } = [];
    public string? Dir { get; init; }
    public string? User { get; init; }
    public ImmutableArray<string> Groups { get; init; } = [];
    public bool? Init { get; init; }
    public string? StopSignal { get; init; }
    public TimeSpan? StopGracePeriod { get; init; }
    public bool Tty { get; init; }
    public bool OpenStdin { get; init; }
    public bool ReadOnly { get; init; }
    public ImmutableArray<SwarmMount> Mounts { get; init; } = [];
    public HealthCheckSpec? HealthCheck { get; init; }

    /// <summary><c>/etc/hosts</c> lines: <c>IP host [alias...]</c>.</summary>
    public ImmutableArray<string> Hosts { get; init; } = [];
    public SwarmDnsConfig? Dns { get; init; }
    public ImmutableArray<SwarmFileReference> Secrets { get; init; } = [];
    public ImmutableArray<SwarmFileReference> Configs { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Sysctls { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<string> CapabilityAdd { get; init; } = [];
    public ImmutableArray<string> CapabilityDrop { get; init; } = [];
    public ImmutableArray<UlimitSpec> Ulimits { get; init; } = [];
    public long OomScoreAdj { get; init; }
}
