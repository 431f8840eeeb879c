using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// A mount of a task's container, made on whichever node the task runs: a named volume is created there on first
/// use, with <see cref="VolumeLabels"/> and the <see cref="VolumeDriver"/> given here; a bind's source must exist there.
/// </summary>
public sealed record SwarmMount
{
    public required MountType Type { get; init; }
    public string? Source { get; init; }
    public required string Target { get; init; }
    public bool ReadOnly { get; init; }
    public string? Consistency { get; init; }
    public string? BindPropagation { get; init; }
    public bool VolumeNoCopy { get; init; }
    public string? VolumeSubpath { get; init; }
    public ImmutableSortedDictionary<string, string> VolumeLabels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public string? VolumeDriver { get; init; }
    public ImmutableSortedDictionary<string, string> VolumeDriverOptions { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public long? TmpfsSizeBytes { get; init; }
    public int? TmpfsMode { get; init; }
}
