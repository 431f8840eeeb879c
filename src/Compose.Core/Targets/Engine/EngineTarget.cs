using Compose.Execution;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Targets.Engine;

/// <summary>
/// The containers, networks and volumes of one engine: the first <see cref="IDeployTarget{TObserved, TOptions}"/>.
/// One pass is observe → plan → execute; running a pass twice gives an empty plan. Besides <c>up</c>, it plans and
/// carries out the verbs that only exist on an engine (down, the lifecycle commands) over the same observation.
/// </summary>
public sealed class EngineTarget(IContainerRuntime runtime, IProgressSink progress, int? maxParallelism = null, TimeProvider? time = null)
    : IDeployTarget<ObservedState, UpOptions>
{
    private readonly StateObserver _observer = new(runtime);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Task<ObservedState> ObserveAsync(Project project, CancellationToken cancellationToken) => _observer.ObserveAsync(project, cancellationToken);

    /// <summary>What exists for a project name alone (no compose file needed).</summary>
    public Task<ObservedState> ObserveAsync(string projectName, CancellationToken cancellationToken) => _observer.ObserveAsync(projectName, cancellationToken);

    public Plan Plan(Project project, ObservedState observed, UpOptions options) => Planner.PlanUp(project, observed, options);

    public async Task<Plan> PlanUpAsync(Project project, UpOptions options, CancellationToken cancellationToken) =>
        Planner.PlanUp(project, await ObserveAsync(project, cancellationToken).ConfigureAwait(false), options, cancellationToken);

    public async Task<Plan> PlanDownAsync(Project project, DownOptions options, CancellationToken cancellationToken) =>
        Planner.PlanDown(project, await ObserveAsync(project, cancellationToken).ConfigureAwait(false), options);

    public async Task<Plan> UpAsync(Project project, UpOptions options, CancellationToken cancellationToken)
    {
        var plan = await PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    public async Task<Plan> DownAsync(Project project, DownOptions options, CancellationToken cancellationToken)
    {
        var plan = await PlanDownAsync(project, options, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) => ExecuteAsync(plan, null, cancellationToken);

    /// <param name="deadline">The command's <c>--wait-timeout</c>: dependency waits fail when it passes.</param>
    public Task ExecuteAsync(Plan plan, WaitDeadline? deadline, CancellationToken cancellationToken) => ExecuteAsync(plan, deadline, new StepResults(), cancellationToken);

    /// <param name="results">What earlier phases of the same plan produced (a plan carried out in phases, as <c>run</c> does).</param>
    public Task ExecuteAsync(Plan plan, WaitDeadline? deadline, StepResults results, CancellationToken cancellationToken) =>
        ExecuteAsync(plan, deadline, results, null, cancellationToken);

    /// <param name="secondInterrupt">Null: an interrupt cancels the calls in flight; else they finish, and this token cuts short those that make nothing run (<see cref="PlanExecutor"/>).</param>
    public async Task ExecuteAsync(Plan plan, WaitDeadline? deadline, StepResults results, CancellationToken? secondInterrupt, CancellationToken cancellationToken)
    {
        foreach (var container in plan.Unchanged)
        {
            progress.Report(ProgressEvent.Done("Container", container, "Running"));
        }

        if (plan.IsEmpty)
        {
            return;
        }

        await new PlanExecutor(runtime, progress, maxParallelism, _time, deadline).ExecuteAsync(plan, results, secondInterrupt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>up --wait</c>: waits until every container of the services reaches its service's readiness
    /// (<see cref="WaitConditions"/>: running and healthy when it has a check, or a one-shot completed with 0). Fails at
    /// the first that cannot get there, or with every one not ready when the deadline passes, naming each service with
    /// its last health output and log lines.
    /// </summary>
    public async Task WaitForServicesAsync(string projectName, IReadOnlyDictionary<string, Readiness> services, WaitDeadline? deadline, CancellationToken cancellationToken)
    {
        var observed = await ObserveAsync(projectName, cancellationToken).ConfigureAwait(false);
        var targets = services.SelectMany(s => observed.ContainersOf(s.Key).Select(c => new WaitTarget(c.Id, c.Name, s.Key, s.Value))).ToList();
        await using var feed = new ContainerEventFeed(runtime, _time);
        var waiter = new GroupWaiter(new ReadinessWaiter(runtime, feed), progress);
        var failures = await waiter.WaitAllAsync(targets, Readiness.RunningOrHealthy, deadline?.Token ?? CancellationToken.None, cancellationToken).ConfigureAwait(false);
        if (!failures.IsEmpty)
        {
            throw await new NotReadyReport(runtime).DescribeAsync(failures, Readiness.RunningOrHealthy, dependency: false, deadline, cancellationToken).ConfigureAwait(false);
        }
    }
}
