using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Execution;

/// <summary>
/// Waits until the swarm has dropped every task of the removed services (it drops a task once its node removed the
/// container), except tasks of nodes that are down, which go when their node returns; bounded so nothing hangs it.
/// </summary>
public sealed class TasksGoneWaiter(ISwarmClient swarm, TimeProvider time)
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public async Task WaitAsync(WaitForTasksGoneStep step, CancellationToken cancellationToken)
    {
        var end = time.GetUtcNow() + Limit;
        var ready = (await swarm.ListNodesAsync(cancellationToken).ConfigureAwait(false)).Where(n => n.State == "ready").Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            // By the stack's label: a removed service's id no longer filters (the engine answers "not found").
            var tasks = await swarm.ListTasksAsync(Runtime.LabelFilter.Of(SwarmLabels.Namespace, step.Stack), cancellationToken).ConfigureAwait(false);
            var alive = tasks.Count(t => step.ServiceIds.Contains(t.ServiceId) && (t.NodeId is null || ready.Contains(t.NodeId)));
            if (alive == 0)
            {
                return;
            }

            if (time.GetUtcNow() >= end)
            {
                throw new SwarmException($"{alive} tasks of the removed services were still there after {Limit.TotalSeconds:0} s; composectl ps --to swarm -a shows them, and undeploy again removes what is left.");
            }

            await Task.Delay(RolloutWaiter.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
