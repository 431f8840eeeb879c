namespace Compose.Runtime;

/// <summary>
/// What a driver, and the engine behind it, can do. Filled by each driver and read before any call, so a command that
/// needs what the driver lacks is refused with a message that names the driver and the alternative (see
/// <see cref="Errors.RuntimeCapabilityException"/>), instead of failing half-way with the engine's text.
/// </summary>
public sealed record RuntimeCapabilities
{
    /// <summary>The driver's name as <c>--runtime</c> takes it: <c>docker</c>, <c>podman</c>, <c>native</c>.</summary>
    public required string Driver { get; init; }

    /// <summary>Builds images from a <c>build:</c> section.</summary>
    public bool Builds { get; init; } = true;

    /// <summary>
    /// When <see cref="Builds"/> is false for want of something the user can install (the native driver without
    /// buildah), what to install, said as an instruction; the refusal names it before the other driver.
    /// </summary>
    public string? BuildsNeed { get; init; }

    /// <summary>Pushes images to registries.</summary>
    public bool Push { get; init; } = true;

    /// <summary>Freezes and thaws a container's processes (<c>pause</c>, <c>unpause</c>).</summary>
    public bool Pause { get; init; } = true;

    /// <summary>Makes an image of a container (<c>commit</c>).</summary>
    public bool Commit { get; init; } = true;

    /// <summary>Writes a container's filesystem as a tar (<c>export</c>).</summary>
    public bool Export { get; init; } = true;

    /// <summary>Mounts another container's volumes (<c>volumes_from</c>).</summary>
    public bool VolumesFrom { get; init; } = true;

    /// <summary>Legacy links (<c>links:</c> beyond the network aliases they imply).</summary>
    public bool Links { get; init; } = true;

    /// <summary>Joins every network at creation with its own aliases (else the first at creation, the rest by connect before start).</summary>
    public bool NetworksAtCreate { get; init; } = true;

    /// <summary>
    /// Runs health checks by itself. When false the client must run them while it waits for health (Podman 4.3
    /// without systemd runs them from timers that never fire).
    /// </summary>
    public bool RunsHealthChecks { get; init; } = true;

    /// <summary>Checkpoint and restore of a running container.</summary>
    public bool Checkpoint { get; init; }

    /// <summary>How many containers it stops well at once; null = no limit worth setting.</summary>
    public int? StopParallelism { get; init; }

    /// <summary>Throws <see cref="Errors.RuntimeCapabilityException"/> unless <paramref name="capable"/>.</summary>
    /// <param name="action">What was asked, as "cannot …" continues it: <c>build images</c>.</param>
    /// <param name="alternative">What the user can do instead: <c>use --runtime docker, or pull the image</c>.</param>
    public void Require(bool capable, string action, string alternative)
    {
        if (!capable)
        {
            throw new Errors.RuntimeCapabilityException(Driver, action, alternative);
        }
    }

    /// <summary>The Docker engine's, before the engine is asked (which API it speaks, Podman or Docker, changes nothing here).</summary>
    public static RuntimeCapabilities Docker { get; } = new() { Driver = "docker" };
}
