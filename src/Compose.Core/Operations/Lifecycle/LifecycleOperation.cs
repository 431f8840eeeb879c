using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Operations.Lifecycle;

/// <summary>
/// <c>start</c>, <c>stop</c>, <c>restart</c>, <c>kill</c>, <c>pause</c>, <c>unpause</c> and <c>rm</c>: plan against what
/// exists, then (unless only the plan is wanted) carry it out; <c>start --wait</c> then waits for readiness.
/// </summary>
public sealed class LifecycleOperation(ComposeSession session)
{
    /// <summary>Observes and plans under the project's lock, which the plan holds until it is carried out or disposed.</summary>
    public async Task<LifecyclePlan> PlanAsync(ProjectScope scope, LifecycleVerb verb, LifecycleOptions options, CancellationToken cancellationToken)
    {
        var held = await session.LockAsync(scope.Name, VerbName(verb), IntentOf(verb), options.Services, cancellationToken).ConfigureAwait(false);
        try
        {
            var (project, observed) = await ProjectTarget.ObserveAsync(session.Target(), scope, cancellationToken).ConfigureAwait(false);
            if (verb is LifecycleVerb.Pause or LifecycleVerb.Unpause)
            {
                observed.Capabilities.Require(observed.Capabilities.Pause, $"{verb.ToString().ToLowerInvariant()} containers", "stop and start them instead, or use --runtime docker");
            }

            return new LifecyclePlan(project, PlannerFor(verb)(project, observed, options)) { Held = held };
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <param name="deadline">The command's <c>--wait-timeout</c>: the plan's dependency waits end with it.</param>
    public async Task ExecuteAsync(LifecyclePlan plan, WaitDeadline? deadline, CancellationToken cancellationToken)
    {
        await using (plan.ConfigureAwait(false))
        {
            session.WarnAbout(plan.Plan);
            await session.Target().ExecuteAsync(plan.Plan, deadline, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The command's name, as the "waiting for" line shows it.</summary>
    public static string VerbName(LifecycleVerb verb) => verb == LifecycleVerb.Remove ? "rm" : verb.ToString().ToLowerInvariant();

    /// <summary>
    /// What the verb tells a reconcile controller: what the user stopped or removed stays so (the controller would
    /// undo <c>rm</c> and a <c>kill</c>'s exit), what they start runs again.
    /// </summary>
    public static Locking.LockIntent IntentOf(LifecycleVerb verb) => verb switch
    {
        LifecycleVerb.Stop or LifecycleVerb.Kill or LifecycleVerb.Remove => Locking.LockIntent.Pause,
        LifecycleVerb.Start or LifecycleVerb.Restart or LifecycleVerb.Unpause => Locking.LockIntent.Resume,
        _ => Locking.LockIntent.None,
    };

    /// <summary><c>start --wait</c>: waits until the services' containers run (healthy when they have a check; one-shots completed).</summary>
    public Task WaitAsync(Project project, LifecycleOptions options, WaitDeadline? deadline, CancellationToken cancellationToken) =>
        session.Target().WaitForServicesAsync(
            project.Name, WaitConditions.For(project, ServiceSelection.WithDependencies(project, options.Services, includeDependencies: false)), deadline, cancellationToken);

    private static Func<Project, ObservedState, LifecycleOptions, Plan> PlannerFor(LifecycleVerb verb) => verb switch
    {
        LifecycleVerb.Start => Planner.PlanStart,
        LifecycleVerb.Stop => Planner.PlanStop,
        LifecycleVerb.Restart => Planner.PlanRestart,
        LifecycleVerb.Kill => Planner.PlanKill,
        LifecycleVerb.Pause => Planner.PlanPause,
        LifecycleVerb.Unpause => Planner.PlanUnpause,
        LifecycleVerb.Remove => Planner.PlanRemove,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "no planner for this verb"),
    };
}
