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
    public static Task RunAsync(
        Plan plan, Func<PlanStep, CancellationToken, Task> run, Func<PlanStep, bool> abandonable, int? maxParallelism, CancellationToken cancellationToken) =>
        RunAsync(plan, run, abandonable, maxParallelism, callsInFlight: null, cancellationToken);

    /// <param name="callsInFlight">
    /// Null: an interrupt (<paramref name="cancellationToken"/>) cancels every step in flight. Otherwise an interrupt
    /// is met as a failure is: no new step starts, the waits are abandoned, and the calls already sent run to their
    /// end unless this token (a second interrupt) cancels them, so that when the walk throws the interrupt the engine
    /// has carried out, or refused, every call it was sent (a start the client stopped waiting for would otherwise
    /// still land after the walk ended, unseen by whatever comes next).
    /// </param>
    public static async Task RunAsync(
        Plan plan, Func<PlanStep, CancellationToken, Task> run, Func<PlanStep, bool> abandonable, int? maxParallelism, CancellationToken? callsInFlight,
        CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        using var abandonWaits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var calls = callsInFlight ?? cancellationToken;
        var steps = new ReadySteps(plan);
        var running = new HashSet<Task<StepOutcome>>();
        Exception? failure = null;
        while (steps.Any || running.Count > 0)
        {
            while (failure is null && !cancellationToken.IsCancellationRequested && steps.Any && (maxParallelism is null || running.Count < maxParallelism))
            {
                var step = steps.Take();
                running.Add(RunAsync(run, step, abandonable(step) ? abandonWaits.Token : calls));
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

        // Interrupted while only calls ran (they finished): steps are left, so the walk stopped early all the same.
        if (steps.Any)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
