namespace Compose.Model;

/// <summary><c>tmpfs:</c> options of a mount.</summary>
public sealed record MountTmpfsOptions
{
    /// <summary>Bytes.</summary>
    public long? Size { get; init; }

    /// <summary>Permission bits (e.g. 1777 octal).</summary>
    public int? Mode { get; init; }
}
