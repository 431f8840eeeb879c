using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A container as listed by the engine (no per-container inspect needed).</summary>
public sealed record ContainerInfo
{
    public required string Id { get; init; }

    /// <summary>The name without the engine's leading slash.</summary>
    public required string Name { get; init; }

    /// <summary>The image reference the container was created from, as given at creation.</summary>
    public required string Image { get; init; }

    public required string ImageId { get; init; }

    /// <summary>The command line as the engine shows it (entrypoint and arguments joined).</summary>
    public string Command { get; init; } = "";

    public required ContainerState State { get; init; }

    /// <summary>The engine's human-readable status, e.g. "Up 3 seconds (healthy)".</summary>
    public required string Status { get; init; }

    public required ImmutableSortedDictionary<string, string> Labels { get; init; }

    public DateTimeOffset Created { get; init; }

    public ImmutableArray<PublishedPort> Ports { get; init; } = [];

    /// <summary>Names of the networks the container is attached to.</summary>
    public ImmutableArray<string> Networks { get; init; } = [];

    /// <summary>Volumes, binds and tmpfs mounts (the listing reports them; anonymous volumes carry their generated name).</summary>
    public ImmutableArray<MountInfo> Mounts { get; init; } = [];

    public string? Label(string key) => Labels.TryGetValue(key, out var value) ? value : null;
}
