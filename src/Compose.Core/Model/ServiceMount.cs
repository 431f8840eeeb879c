namespace Compose.Model;

/// <summary>
/// One entry of a service's <c>volumes:</c> in long syntax. Short syntax binds as docker compose does:
/// a source starting with <c>/</c>, <c>.</c> or <c>~</c> is a bind mount (made absolute, created when missing),
/// any other source is a named volume, no source is an anonymous volume.
/// </summary>
public sealed record ServiceMount
{
    public const string Bind = "bind";
    public const string Volume = "volume";
    public const string Tmpfs = "tmpfs";
    public const string Npipe = "npipe";
    public const string Cluster = "cluster";
    public const string Image = "image";

    public required string Type { get; init; }

    /// <summary>Absolute host path (bind), volume key (volume; null = anonymous), image reference (image), null (tmpfs).</summary>
    public string? Source { get; init; }

    public required string Target { get; init; }
    public bool ReadOnly { get; init; }
    public string? Consistency { get; init; }
    public MountBindOptions? BindOptions { get; init; }
    public MountVolumeOptions? VolumeOptions { get; init; }
    public MountTmpfsOptions? TmpfsOptions { get; init; }
    public MountImageOptions? ImageOptions { get; init; }
}
