using System.Collections.Immutable;

namespace Compose.Planning;

/// <summary>Options of the commands that act on existing containers: stop, start, restart, kill, pause, unpause, rm.</summary>
public sealed record LifecycleOptions
{
    /// <summary>Services to act on; empty means all.</summary>
    public ImmutableArray<string> Services { get; init; } = [];

    /// <summary><c>-t</c>: grace period before a stop turns into a kill.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary><c>kill -s</c>: the signal; null = <c>SIGKILL</c>.</summary>
    public string? Signal { get; init; }

    /// <summary><c>rm -s</c>: stop running containers first instead of leaving them.</summary>
    public bool StopFirst { get; init; }

    /// <summary><c>rm -v</c>: remove the containers' anonymous volumes.</summary>
    public bool RemoveVolumes { get; init; }

    /// <summary><c>restart --no-deps</c>: leave the dependents declared with <c>restart: true</c> running.</summary>
    public bool NoDependents { get; init; }

    /// <summary><c>kill --remove-orphans</c>: also remove containers of services no longer in the files.</summary>
    public bool RemoveOrphans { get; init; }
}
