using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A container as inspected: the listing plus what only inspect gives.</summary>
public sealed record ContainerDetails
{
    public required ContainerInfo Summary { get; init; }

    public int? ExitCode { get; init; }

    /// <summary>The engine's error for a container that failed to start.</summary>
    public string? Error { get; init; }

    public bool OomKilled { get; init; }
    public int? Pid { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary><c>starting</c>, <c>healthy</c>, <c>unhealthy</c>; null when the container has no health check.</summary>
    public string? HealthStatus { get; init; }

    /// <summary>The most recent health-check results, oldest first.</summary>
    public ImmutableArray<HealthCheckResult> HealthLog { get; init; } = [];

    public ImmutableArray<string> Environment { get; init; } = [];
    public ImmutableArray<string> Command { get; init; } = [];
    public ImmutableArray<string> Entrypoint { get; init; } = [];
    public bool Tty { get; init; }
    public bool OpenStdin { get; init; }
    public string? WorkingDirectory { get; init; }
    public string? User { get; init; }
    public RestartPolicySpec? RestartPolicy { get; init; }

    public ImmutableArray<MountInfo> Mounts { get; init; } = [];

    /// <summary>Endpoints by network name.</summary>
    public ImmutableSortedDictionary<string, NetworkEndpointInfo> NetworkEndpoints { get; init; } = ImmutableSortedDictionary<string, NetworkEndpointInfo>.Empty;
}
