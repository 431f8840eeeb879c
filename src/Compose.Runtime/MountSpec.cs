using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>One mount in long form. <see cref="Source"/> is a host path (bind), a volume name (null = anonymous), or null (tmpfs).</summary>
public sealed record MountSpec
{
    public required MountType Type { get; init; }
    public string? Source { get; init; }
    public required string Target { get; init; }
    public bool ReadOnly { get; init; }
    public string? Consistency { get; init; }

    /// <summary>Bind: <c>rprivate</c>, <c>shared</c>, ... .</summary>
    public string? BindPropagation { get; init; }

    /// <summary>Bind: create the host path when missing (docker compose's default for the short syntax).</summary>
    public bool BindCreateHostPath { get; init; }

    /// <summary>Bind: <c>z</c> or <c>Z</c>.</summary>
    public string? BindSelinux { get; init; }

    /// <summary>Volume: do not copy the image's content at the target into a new volume.</summary>
    public bool VolumeNoCopy { get; init; }

    public string? VolumeSubpath { get; init; }

    public ImmutableSortedDictionary<string, string> VolumeLabels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public long? TmpfsSizeBytes { get; init; }

    /// <summary>Tmpfs: file mode bits, e.g. <c>1777</c> octal.</summary>
    public int? TmpfsMode { get; init; }
}
