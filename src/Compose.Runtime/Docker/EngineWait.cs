namespace Compose.Runtime.Docker;

/// <summary>
/// How long composectl waits for the engine to answer one request before it gives up with
/// <see cref="Errors.EngineTimeoutException"/>. The default (<c>default(EngineWait)</c>) is the configured limit
/// (<see cref="DockerClientOptions.RequestTimeout"/>), over the whole answer: an engine that froze must not hang a
/// command. Streams (logs -f, events, attach, wait, build, pull, push, load, export, copies) and work the engine
/// does for as long as it takes have no limit; a stop may take its grace period first, then the limit.
/// </summary>
internal readonly record struct EngineWait
{
    private EngineWait(bool unbounded, TimeSpan work)
    {
        Unbounded = unbounded;
        Work = work;
    }

    /// <summary>The configured limit: small requests (inspect, list, create, start, remove, kill, connect).</summary>
    public static EngineWait Answer => default;

    /// <summary>No limit: the answer lasts as long as the stream or the work (the caller's token ends it).</summary>
    public static EngineWait Stream => new(unbounded: true, TimeSpan.Zero);

    /// <summary>The limit after <paramref name="work"/>, the time the engine may spend first (a stop's grace period).</summary>
    public static EngineWait After(TimeSpan work) => new(unbounded: false, work);

    /// <summary>A stop or restart: its grace period then the limit; with no grace period given the container's own
    /// (its stop_grace_period, unknown here) applies, so no limit.</summary>
    public static EngineWait ForStop(TimeSpan? grace) => grace is { } g ? After(g) : Stream;

    public bool Unbounded { get; }

    public TimeSpan Work { get; }

    /// <summary>The deadline for one request under <paramref name="limit"/>; null = none.</summary>
    public TimeSpan? Deadline(TimeSpan limit) =>
        Unbounded || limit == Timeout.InfiniteTimeSpan ? null : limit + Work;
}
