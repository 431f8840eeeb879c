using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>
/// The parts of a container's settings that exist only in the Docker Engine API (and Podman's copy of it), kept out
/// of <see cref="ContainerCreateSpec"/> so that spec stays what any runtime can create.
/// </summary>
public sealed record DockerContainerOptions
{
    /// <summary><c>container[:ro|:rw]</c> entries, containers resolved to names or ids (<c>volumes_from</c>).</summary>
    public ImmutableArray<string> VolumesFrom { get; init; } = [];

    /// <summary>Legacy links, <c>container:alias</c>.</summary>
    public ImmutableArray<string> Links { get; init; } = [];

    /// <summary>Windows isolation technology (<c>process</c>, <c>hyperv</c>).</summary>
    public string? Isolation { get; init; }

    /// <summary>Storage-driver options of the container's writable layer (<c>size=20G</c>).</summary>
    public ImmutableSortedDictionary<string, string> StorageOpt { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Whether nothing is set, so the spec needs no Docker-only handling.</summary>
    public bool IsEmpty => VolumesFrom.IsEmpty && Links.IsEmpty && Isolation is null && StorageOpt.IsEmpty;
}
