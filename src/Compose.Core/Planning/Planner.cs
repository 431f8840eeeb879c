using Compose.Model;
using Compose.Observing;

namespace Compose.Planning;

/// <summary>
/// Pure and deterministic: the steps that take what exists (<see cref="ObservedState"/>) to what the files say
/// (<see cref="Project"/>), or that carry out a lifecycle command. No I/O, no clock; the same inputs always give the
/// same plan text. User errors (a missing external network, an impossible scale) are thrown as
/// <see cref="Errors.ComposeException"/>.
/// </summary>
public static class Planner
{
    /// <param name="cancellationToken">Checked per replica: a plan of many thousands is long enough to interrupt.</param>
    public static Plan PlanUp(Project project, ObservedState observed, UpOptions options, CancellationToken cancellationToken = default) =>
        UpPlanner.Plan(project, observed, options, cancellationToken);

    public static Plan PlanDown(Project project, ObservedState observed, DownOptions options) => DownPlanner.Plan(project, observed, options);

    /// <summary>Only the removal of orphan containers: for <c>run --remove-orphans</c>, whose own plan covers a part of the project.</summary>
    public static Plan PlanRemoveOrphans(Project project, ObservedState observed) => DownPlanner.PlanOrphans(project, observed);

    public static Plan PlanStop(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Stop(project, observed, options);

    public static Plan PlanStart(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Start(project, observed, options);

    public static Plan PlanRestart(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Restart(project, observed, options);

    public static Plan PlanKill(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Kill(project, observed, options);

    public static Plan PlanPause(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Pause(project, observed, options);

    public static Plan PlanUnpause(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Unpause(project, observed, options);

    public static Plan PlanRemove(Project project, ObservedState observed, LifecycleOptions options) => LifecyclePlanner.Remove(project, observed, options);
}
