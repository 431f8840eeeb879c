using Compose.Execution;
using Compose.Planning;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Execution;

/// <summary>
/// Carries out a swarm plan over the DAG walk every target shares (<see cref="PlanWalk"/>): independent steps at once,
/// rollout waits abandoned after a failure. Services the plan leaves alone are reported as such.
/// </summary>
public sealed class SwarmExecutor(ISwarmClient swarm, IProgressSink progress, TimeProvider time)
{
    public async Task ExecuteAsync(Plan plan, CancellationToken cancellationToken)
    {
        foreach (var service in plan.Unchanged)
        {
            progress.Report(ProgressEvent.Done("Service", service, "Unchanged"));
        }

        var runner = new SwarmStepRunner(swarm, progress, time);
        await PlanWalk.RunAsync(plan, runner.RunAsync, step => step is WaitForRolloutStep or WaitForTasksGoneStep, maxParallelism: null, cancellationToken).ConfigureAwait(false);
    }
}
