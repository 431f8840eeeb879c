namespace Compose.Runtime;

/// <summary>
/// A mount of an existing container. <see cref="Name"/> is the volume name for volume mounts (anonymous ones too);
/// <see cref="Driver"/> the volume driver the engine reports (<c>local</c>), which <c>ps</c> counts as local volumes.
/// </summary>
public sealed record MountInfo(MountType Type, string? Name, string? Source, string Destination, bool ReadWrite, string? Driver = null);
