namespace Compose.Model;

/// <summary>
/// A service's use of a top-level secret or config (also build secrets), in long syntax. A short entry
/// <c>- name</c> binds to <see cref="Source"/> alone; the default target is left to the consumer
/// (<c>/run/secrets/&lt;source&gt;</c> for secrets, <c>/&lt;source&gt;</c> for configs).
/// </summary>
public sealed record ServiceFileReference
{
    public required string Source { get; init; }
    public string? Target { get; init; }
    public string? Uid { get; init; }
    public string? Gid { get; init; }

    /// <summary>Permission bits (e.g. 0440 octal = 288).</summary>
    public int? Mode { get; init; }
}
