using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>One service, in canonical long syntax. <c>null</c> means unset; an empty collection means explicitly cleared.</summary>
public sealed record Service
{
    public required string Name { get; init; }

    public string? Image { get; init; }

    /// <summary>Overrides the image's CMD when set (already split into arguments).</summary>
    public ImmutableArray<string>? Command { get; init; }

    public ImmutableArray<string>? Entrypoint { get; init; }

    /// <summary>Variables; a null value means "take it from the shell" and is resolved by the loader, or dropped when unset.</summary>
    public ImmutableSortedDictionary<string, string?> Environment { get; init; } = ModelMaps.Empty<string?>();

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();

    public ImmutableArray<PortMapping> Ports { get; init; } = [];

    /// <summary>Networks the service joins, by the network's key in the project; the value carries per-service settings.</summary>
    public ImmutableSortedDictionary<string, ServiceNetwork> Networks { get; init; } = ModelMaps.Empty<ServiceNetwork>();

    public ImmutableSortedDictionary<string, ServiceDependency> DependsOn { get; init; } = ModelMaps.Empty<ServiceDependency>();

    public ImmutableArray<string> Profiles { get; init; } = [];

    public string? ContainerName { get; init; }
    public string? WorkingDir { get; init; }
    public string? User { get; init; }
    public string? Hostname { get; init; }
    public string? Restart { get; init; }
    public bool Tty { get; init; }

    /// <summary>Run an init process (tini) as PID 1 so signals reach the command and zombies are reaped.</summary>
    public bool? Init { get; init; }

    public string? StopSignal { get; init; }

    /// <summary>How long <c>stop</c> waits before killing; null = the engine's default (10 s).</summary>
    public TimeSpan? StopGracePeriod { get; init; }
    public bool StdinOpen { get; init; }

    /// <summary>Replica count from <c>scale</c> or <c>deploy.replicas</c>; null means one.</summary>
    public int? Scale { get; init; }

    /// <summary>Service-level <c>x-*</c> extension fields.</summary>
    public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();

    public int Replicas => Scale ?? 1;
}
