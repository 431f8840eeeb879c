using Compose.Planning.Steps;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Steps;

/// <summary>
/// Waits until a created, updated or rolled-back service runs the spec it was given (<see cref="Expected"/>) on all
/// its replicas (one per eligible node for a global service), and fails with the tasks' own errors when it cannot:
/// no node satisfies its placement, its update paused or rolled back, its tasks keep failing.
/// </summary>
public sealed record WaitForRolloutStep : PlanStep
{
    public required string Service { get; init; }
    public required SwarmServiceSpec Expected { get; init; }

    /// <summary>What the service is reported as once its tasks run: <c>Created</c>, <c>Updated</c>, <c>Rolled back</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>
    /// The change makes the swarm replace the tasks: the rollout is then done only once the swarm reports the update
    /// (or rollback) it started after this write completed, not on the old tasks still running.
    /// </summary>
    public bool ReplacesTasks { get; init; }

    /// <summary>The spec returned to is the goal (a rollback): a completed rollback is then success, not failure.</summary>
    public bool RollingBack { get; init; }

    /// <summary>
    /// The swarm judges failures itself (an update whose failure action is pause or rollback): the wait does not
    /// give up on failed tasks before the swarm does.
    /// </summary>
    public bool SwarmJudgesFailures { get; init; }

    /// <summary>How long the rollout may take; null waits while it makes progress.</summary>
    public TimeSpan? Timeout { get; init; }
}
