namespace Compose.Runtime.Swarm;

/// <summary>
/// A secret or config given to a task as a file: the object by its swarm name, the file's name (relative to
/// <c>/run/secrets</c> for secrets, or an absolute path for configs), owner and mode bits.
/// </summary>
public sealed record SwarmFileReference
{
    public required string ObjectName { get; init; }
    public required string FileName { get; init; }
    public string Uid { get; init; } = "0";
    public string Gid { get; init; } = "0";

    /// <summary>Permission bits, 0444 unless the files say otherwise.</summary>
    public int Mode { get; init; } = 0b100_100_100;
}
