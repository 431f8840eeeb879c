using Compose.Planning;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>
/// The DAG walk every target's executor shares: every step whose dependencies are done starts at once, up to
/// <c>maxParallelism</c> (null = unbounded). After a failure no new step starts; calls already running finish (so
/// nothing is left half-made) while steps <c>abandonable</c> says are waits are cancelled; the first failure is rethrown.
/// </summary>
public static class PlanWalk
{
    public static async Task RunAsync(
        Plan plan, Func<PlanStep, CancellationToken, Task> run, Func<PlanStep, bool> abandonable, int? maxParallelism, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        using var abandonWaits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var steps = new ReadySteps(plan);
        var running = new HashSet<Task<StepOutcome>>();
        Exception? failure = null;
        while (steps.Any || running.Count > 0)
        {
            while (failure is null && steps.Any && (maxParallelism is null || running.Count < maxParallelism))
            {
                var step = steps.Take();
                running.Add(RunAsync(run, step, abandonable(step) ? abandonWaits.Token : cancellationToken));
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
    private static async Task<StepOutcome> RunAsync(Func<PlanStep, CancellationToken, Task> run, PlanStep step, CancellationToken cancellationToken)
    {
        try
        {
            await run(step, cancellationToken).ConfigureAwait(false);
            return new StepOutcome(step, null);
        }
        catch (Exception e)
        {
            return new StepOutcome(step, e);
        }
    }

    private sealed record StepOutcome(PlanStep Step, Exception? Error);
}
