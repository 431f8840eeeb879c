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
    public async Task<LifecyclePlan> PlanAsync(ProjectScope scope, LifecycleVerb verb, LifecycleOptions options, CancellationToken cancellationToken)
    {
        var (project, observed) = await ProjectTarget.ObserveAsync(session.Target(), scope, cancellationToken).ConfigureAwait(false);
        if (verb is LifecycleVerb.Pause or LifecycleVerb.Unpause)
        {
            observed.Capabilities.Require(observed.Capabilities.Pause, $"{verb.ToString().ToLowerInvariant()} containers", "stop and start them instead, or use --runtime docker");
        }

        return new LifecyclePlan(project, PlannerFor(verb)(project, observed, options));
    }

    /// <param name="deadline">The command's <c>--wait-timeout</c>: the plan's dependency waits end with it.</param>
    public async Task ExecuteAsync(LifecyclePlan plan, WaitDeadline? deadline, CancellationToken cancellationToken)
    {
        session.WarnAbout(plan.Plan);
        await session.Target().ExecuteAsync(plan.Plan, deadline, cancellationToken).ConfigureAwait(false);
    }

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
