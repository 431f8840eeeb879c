using Compose.Execution.Waiting;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>
/// Carries out an engine plan over <see cref="PlanWalk"/> (the DAG walk every target shares), one runtime call per
/// step, with bounded parallelism (null = unbounded, as docker compose); dependency waits are abandoned on a failure.
/// </summary>
/// <param name="deadline">The command's <c>--wait-timeout</c>, bounding its dependency waits; null waits as long as it takes.</param>
public sealed class PlanExecutor(IContainerRuntime runtime, IProgressSink progress, int? maxParallelism = null, TimeProvider? time = null, WaitDeadline? deadline = null)
{
    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) => ExecuteAsync(plan, new StepResults(), cancellationToken);

    /// <param name="results">What earlier phases of the same plan produced (see <see cref="Plan.Slice"/>); this phase adds to it.</param>
    public Task ExecuteAsync(Plan plan, StepResults results, CancellationToken cancellationToken) => ExecuteAsync(plan, results, null, cancellationToken);

    /// <param name="secondInterrupt">
    /// Null: an interrupt cancels every step in flight. Otherwise an interrupt abandons the waits only and the calls
    /// already sent finish (see <see cref="PlanWalk"/>); this token, a second interrupt, then cuts short those that
    /// cannot make a container run (hooks, stops), while starts, restarts and unpauses always finish: one the engine
    /// carried out after the caller had stopped waiting would leave running a container the caller does not know of.
    /// </param>
    public async Task ExecuteAsync(Plan plan, StepResults results, CancellationToken? secondInterrupt, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        await using var feed = new ContainerEventFeed(runtime, time ?? TimeProvider.System);
        var waits = new ServiceWaitRunner(new GroupWaiter(new ReadinessWaiter(runtime, feed), progress), new NotReadyReport(runtime), progress, deadline);
        var runner = new StepRunner(runtime, progress, results, waits);
        Func<PlanStep, CancellationToken, Task> run = secondInterrupt is { } force
            ? (step, token) => runner.RunAsync(step, step is WaitForServiceStep || MakesRun(step) ? token : force)
            : runner.RunAsync;
        await PlanWalk.RunAsync(plan, run, step => step is WaitForServiceStep, maxParallelism, secondInterrupt is null ? null : CancellationToken.None, cancellationToken)
            .ConfigureAwait(false);
    }

    private static bool MakesRun(PlanStep step) => step is StartContainerStep or RestartContainerStep or UnpauseContainerStep;
}
