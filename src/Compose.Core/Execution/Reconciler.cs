using Compose.Errors;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>
/// The façade the CLI calls: one pass of observe → plan → execute. Running a pass twice gives an empty plan.
/// </summary>
public sealed class Reconciler(IContainerRuntime runtime, IProgressSink progress, int? maxParallelism = null, TimeProvider? time = null)
{
    private readonly StateObserver _observer = new(runtime);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Task<ObservedState> ObserveAsync(Project project, CancellationToken cancellationToken) => _observer.ObserveAsync(project, cancellationToken);

    /// <summary>What exists for a project name alone (no compose file needed).</summary>
    public Task<ObservedState> ObserveAsync(string projectName, CancellationToken cancellationToken) => _observer.ObserveAsync(projectName, cancellationToken);

    public async Task<Plan> PlanUpAsync(Project project, UpOptions options, CancellationToken cancellationToken) =>
        Planner.PlanUp(project, await ObserveAsync(project, cancellationToken).ConfigureAwait(false), options);

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

    public async Task ExecuteAsync(Plan plan, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        await new PlanExecutor(runtime, progress, maxParallelism, _time).ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>up --wait</c>: waits until every container of the services runs (and is healthy when it has a check), a
    /// one-shot having exited with 0 counting as ready; fails at the first that cannot get there, or at the timeout.
    /// </summary>
    public async Task WaitForServicesAsync(string projectName, IReadOnlyCollection<string> services, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } t)
        {
            deadline.CancelAfter(t);
        }

        try
        {
            var observed = await ObserveAsync(projectName, deadline.Token).ConfigureAwait(false);
            var containers = services.SelectMany(s => observed.ContainersOf(s)).Select(c => (c.Id, c.Name)).ToList();
            await using var feed = new ContainerEventFeed(runtime, _time);
            var failure = await new GroupWaiter(new ReadinessWaiter(runtime, feed), progress).WaitAllAsync(containers, Readiness.RunningOrHealthy, deadline.Token).ConfigureAwait(false);
            if (failure is not null)
            {
                throw new ComposeException($"{failure.Text}; the services are not ready.");
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ComposeException($"the services were not ready within the --wait-timeout of {timeout!.Value.TotalSeconds:0.#} s; see 'composectl ps' and 'composectl logs'.");
        }
    }
}
