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
    public async Task ExecuteAsync(Plan plan, StepResults results, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        await using var feed = new ContainerEventFeed(runtime, time ?? TimeProvider.System);
        var waits = new ServiceWaitRunner(new GroupWaiter(new ReadinessWaiter(runtime, feed), progress), new NotReadyReport(runtime), progress, deadline);
        var runner = new StepRunner(runtime, progress, results, waits);
        await PlanWalk.RunAsync(plan, runner.RunAsync, step => step is WaitForServiceStep, maxParallelism, cancellationToken).ConfigureAwait(false);
    }
}
