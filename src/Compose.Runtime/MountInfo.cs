namespace Compose.Runtime;

/// <summary>A mount of an existing container. <see cref="Name"/> is the volume name for volume mounts (anonymous ones too).</summary>
public sealed record MountInfo(MountType Type, string? Name, string? Source, string Destination, bool ReadWrite);
