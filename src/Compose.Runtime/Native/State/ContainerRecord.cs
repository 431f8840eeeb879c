using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>
/// What a container was made from, written once at create (and again only by a rename), so any later composectl
/// process can list, inspect, start, stop and remove it. Its changing state is <see cref="ContainerStatusRecord"/>.
/// </summary>
public sealed record ContainerRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The group the container belongs to (its <c>com.docker.compose.project</c> label, else <c>_</c>): one supervisor and one event log each.</summary>
    public required string Group { get; init; }

    public required string Image { get; init; }

    /// <summary>The merged overlay directory (the container's root as runc sees it), mounted at create and kept until removal.</summary>
    public string RootfsPath { get; init; } = "";
    public required string ImageId { get; init; }
    public DateTimeOffset Created { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public ImmutableArray<string> Entrypoint { get; init; } = [];
    public ImmutableArray<string> Command { get; init; } = [];
    public ImmutableArray<string> Environment { get; init; } = [];
    public string? WorkingDirectory { get; init; }
    public string? User { get; init; }
    public string? Hostname { get; init; }
    public bool Tty { get; init; }
    public bool OpenStdin { get; init; }

    public string StopSignal { get; init; } = "SIGTERM";
    public int StopTimeoutSeconds { get; init; } = 10;
    public HealthCheckSpec? HealthCheck { get; init; }
    public RestartPolicySpec? RestartPolicy { get; init; }
    public bool AutoRemove { get; init; }

    /// <summary><c>bridge</c> (its own namespace on <see cref="Networks"/>), <c>host</c>, <c>none</c>, or <c>container:&lt;id&gt;</c>.</summary>
    public string NetworkMode { get; init; } = "bridge";

    public ImmutableArray<EndpointRecord> Networks { get; init; } = [];
    public ImmutableArray<PortBinding> Ports { get; init; } = [];
    public ImmutableArray<MountInfo> Mounts { get; init; } = [];

    /// <summary>Anonymous volumes made for this container (removed with it when asked).</summary>
    public ImmutableArray<string> AnonymousVolumes { get; init; } = [];

    public string? Label(string key) => Labels.TryGetValue(key, out var value) ? value : null;
}
