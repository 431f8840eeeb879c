using Compose.Execution;
using Compose.Images;
using Compose.Locking;
using Compose.Runtime;
using Compose.Targets.Engine;

namespace Compose.Operations;

/// <summary>
/// What every operation runs with: the runtime driver, where progress and warnings go, how many engine calls run at
/// once, the clock and the pull history. The CLI makes one per command and passes it to the operation it calls; the
/// operations are the only code above the runtime library that talks to the driver.
/// </summary>
public sealed record ComposeSession
{
    public required IContainerRuntime Runtime { get; init; }

    public required IProgressSink Progress { get; init; }

    /// <summary>A fresh progress display, for work that follows a finished one (an attached <c>up</c>'s stop, a watch rebuild).</summary>
    public Func<IProgressSink>? NewProgress { get; init; }

    /// <summary>Ends the live progress display, before an interactive session takes the terminal.</summary>
    public Action? EndProgress { get; init; }

    /// <summary>Warnings the user must see whatever the progress mode (docker compose prints them as <c>WARN[0000]</c> lines).</summary>
    public Action<string> Warn { get; init; } = _ => { };

    /// <summary>How many engine calls run at once; null = unbounded.</summary>
    public int? Parallelism { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public IPullHistory PullHistory { get; init; } = NoPullHistory.Instance;

    /// <summary>
    /// The per-project lock every verb that changes a project holds from its observation to its last engine call
    /// (docs/reconcile.md, "The lock"); none by default (fakes, dry runs, a controller's pass inside its own lock).
    /// </summary>
    public IProjectLocks Locks { get; init; } = NoProjectLocks.Instance;

    /// <summary>Takes the project's lock for <paramref name="verb"/>; dispose the result to release it.</summary>
    public Task<IAsyncDisposable> LockAsync(string project, string verb, LockIntent intent, IEnumerable<string> services, CancellationToken cancellationToken) =>
        Locks.AcquireAsync(new LockRequest(project, verb) { Intent = intent, Services = [.. services] }, cancellationToken);

    /// <summary>The containers of this engine as a deploy target, reporting to <paramref name="progress"/> (else <see cref="Progress"/>).</summary>
    public EngineTarget Target(IProgressSink? progress = null) => new(Runtime, progress ?? Progress, Parallelism, Time);

    /// <summary>What pulls, builds and pushes run with.</summary>
    public ImageServices Images(IProgressSink? progress = null) => new(Runtime, progress ?? Progress, PullHistory, Parallelism, Time);

    /// <summary>Prints the plan's warnings.</summary>
    public void WarnAbout(Planning.Plan plan)
    {
        foreach (var warning in plan.Warnings)
        {
            Warn(warning);
        }
    }
}
