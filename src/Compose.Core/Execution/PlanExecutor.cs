using Compose.Execution.Waiting;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>
/// Walks a plan's DAG: every step whose dependencies are done starts at once, up to <c>maxParallelism</c>
/// (null = unbounded, as docker compose). After a failure no new step starts; engine calls already running finish
/// (so nothing is left half-made), waits are abandoned; the first failure is rethrown.
/// </summary>
/// <param name="deadline">The command's <c>--wait-timeout</c>, bounding its dependency waits; null waits as long as it takes.</param>
public sealed class PlanExecutor(IContainerRuntime runtime, IProgressSink progress, int? maxParallelism = null, TimeProvider? time = null, WaitDeadline? deadline = null)
{
    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) => ExecuteAsync(plan, new StepResults(), cancellationToken);

    /// <param name="results">What earlier phases of the same plan produced (see <see cref="Plan.Slice"/>); this phase adds to it.</param>
    public async Task ExecuteAsync(Plan plan, StepResults results, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        using var abandonWaits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var feed = new ContainerEventFeed(runtime, time ?? TimeProvider.System);
        var waits = new ServiceWaitRunner(new GroupWaiter(new ReadinessWaiter(runtime, feed), progress), new NotReadyReport(runtime), progress, deadline);
        var runner = new StepRunner(runtime, progress, results, waits);
        var steps = new ReadySteps(plan);
        var running = new HashSet<Task<StepOutcome>>();
        Exception? failure = null;
        while (steps.Any || running.Count > 0)
        {
            while (failure is null && steps.Any && (maxParallelism is null || running.Count < maxParallelism))
            {
                var step = steps.Take();
                running.Add(RunAsync(runner, step, step is WaitForServiceStep ? abandonWaits.Token : cancellationToken));
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(finished);
            var outcome = await finished.ConfigureAwait(false);
            if (outcome.Error is null)
            {
                steps.Complete(outcome.Step);
                continue;
            }

            failure ??= outcome.Error;
            await abandonWaits.CancelAsync().ConfigureAwait(false);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>
    /// Runs one step and never throws: the outcome carries the step (tasks of steps that finish synchronously
    /// may be the same cached object, so a task cannot identify its step) and its error.
    /// </summary>
    private static async Task<StepOutcome> RunAsync(StepRunner runner, PlanStep step, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(step, cancellationToken).ConfigureAwait(false);
            return new StepOutcome(step, null);
        }
        catch (Exception e)
        {
            return new StepOutcome(step, e);
        }
    }

    private sealed record StepOutcome(PlanStep Step, Exception? Error);
}
