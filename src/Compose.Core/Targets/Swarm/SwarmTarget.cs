using Compose.Execution;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Execution;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Planning;

namespace Compose.Targets.Swarm;

/// <summary>
/// A stack on a swarm, through one of its managers: the deploy target <c>composectl deploy --to swarm</c> drives.
/// Observe reads the stack (by its <c>com.docker.stack.namespace</c> label, as docker stack does), Plan is pure and
/// gives the same printable DAG as every target, Execute makes one manager call per step and follows rollouts.
/// </summary>
public sealed class SwarmTarget(ISwarmClient swarm, string stack, IProgressSink progress, ImageResolution resolution = ImageResolution.Always, TimeProvider? time = null)
    : IDeployTarget<SwarmObserved, SwarmDeployOptions>
{
    public string Stack { get; } = stack;

    public Task<SwarmObserved> ObserveAsync(Project project, CancellationToken cancellationToken) =>
        new SwarmObserver(swarm, Stack, resolution).ObserveAsync(project, cancellationToken);

    public Plan Plan(Project project, SwarmObserved observed, SwarmDeployOptions options) => SwarmPlanner.PlanDeploy(project, observed, options);

    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) =>
        new SwarmExecutor(swarm, progress, time ?? TimeProvider.System).ExecuteAsync(plan, cancellationToken);
}
