using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>What the engine holds for one label filter, read in as few calls as possible.</summary>
public sealed record RuntimeSnapshot(
    ImmutableArray<ContainerInfo> Containers,
    ImmutableArray<NetworkInfo> Networks,
    ImmutableArray<VolumeInfo> Volumes)
{
    public static RuntimeSnapshot Empty { get; } = new([], [], []);
}
