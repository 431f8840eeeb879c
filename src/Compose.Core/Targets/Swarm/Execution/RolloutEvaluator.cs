using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Planning;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Execution;

/// <summary>
/// Pure: judges one look at a service and its tasks against what the rollout waits for. Done when the service holds
/// the expected spec, its update (when the change replaces tasks) completed, and as many tasks of that spec run as it
/// wants; failed when its update paused or rolled back, when no node can take its tasks (a placement nobody satisfies,
/// a host port taken everywhere), or (when the swarm does not judge it itself) when its tasks keep failing.
/// </summary>
public static class RolloutEvaluator
{
    /// <summary>How long a task-replacing change may go without the swarm reporting an update before its tasks alone decide.</summary>
    public static readonly TimeSpan UpdateStartGrace = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> Failures = new(StringComparer.Ordinal) { "failed", "rejected" };

    /// <param name="since">When this rollout's write landed, on the engine's clock: older update states and task failures are another rollout's.</param>
    /// <param name="waited">How long this wait has been looking.</param>
    public static RolloutState Evaluate(WaitForRolloutStep step, SwarmService service, IReadOnlyList<SwarmTask> tasks, IReadOnlyDictionary<string, string> nodeNames, DateTimeOffset since, TimeSpan waited)
    {
        var update = service.UpdateStatus is { StartedAt: { } started } fresh && started >= since ? fresh : null;
        var failed = tasks.Where(t => Failures.Contains(t.State) && t.Timestamp >= since).OrderByDescending(t => t.Timestamp).ToList();
        if (SwarmSpecDigest.Compute(service.Spec) != SwarmSpecDigest.Compute(step.Expected))
        {
            return update?.State switch
            {
                "rollback_started" => new RolloutState.Waiting($"Rolling back: {update.Message}"),
                "rollback_completed" or "rollback_paused" => new RolloutState.Failed(
                    $"the update failed and the swarm rolled the service back to its previous spec{(update.Message is null or "rollback completed" ? "" : $" ({update.Message})")}{Errors(failed, nodeNames)}"),
                _ => new RolloutState.Failed("its spec was changed by someone else during the deploy; deploy again"),
            };
        }

        if (update?.State is "paused" or "rollback_paused")
        {
            var what = update.State == "paused" ? "update" : "rollback";
            return new RolloutState.Failed($"its {what} paused: {update.Message}{Errors(failed, nodeNames)}; fix the cause and deploy again (or composectl rollback {SwarmNames.Descope(Stack(service), service.Spec.Name)})");
        }

        if (tasks.FirstOrDefault(t => t.DesiredState == "running" && t.State == "pending" && t.Error?.StartsWith("no suitable node", StringComparison.Ordinal) == true) is { } unplaced)
        {
            return new RolloutState.Failed($"no node can run its tasks: {unplaced.Error}; check deploy.placement and deploy.resources against the nodes (docker node ls lists them)");
        }

        var desired = Desired(service);
        var container = SwarmSpecDigest.Compute(step.Expected.Container);
        var current = tasks.Where(t => t.DesiredState == "running" && (t.Container is null || SwarmSpecDigest.Compute(t.Container) == container)).ToList();
        var running = current.Count(t => t.IsRunning);
        var progress = $"{running}/{desired} running";
        if (update?.State is "updating" or "rollback_started")
        {
            return new RolloutState.Waiting((update.State == "updating" ? "Updating " : "Rolling back ") + progress);
        }

        if (step.ReplacesTasks && update is null && waited < UpdateStartGrace)
        {
            return new RolloutState.Waiting("Waiting for the swarm to start the update");
        }

        if (desired == 0 && service.Spec.Mode == SwarmServiceMode.Global)
        {
            return new RolloutState.Failed("no node satisfies its placement constraints, so the global service runs nowhere; check deploy.placement against the nodes");
        }

        if (running >= desired && current.All(t => t.IsRunning))
        {
            return new RolloutState.Done([.. failed.Select(t => $"a task on {Node(t, nodeNames)} failed ({t.Error ?? t.State}); the swarm ran it again").Distinct(StringComparer.Ordinal)]);
        }

        if (!step.SwarmJudgesFailures && failed.Count >= Math.Max(3, 2 * desired) && running < desired)
        {
            return new RolloutState.Failed($"its tasks keep failing ({failed.Count} failed, {running}/{desired} running){Errors(failed, nodeNames)}");
        }

        return new RolloutState.Waiting(progress);
    }

    /// <summary>The replicas of a replicated service; for a global one what the manager counts (one per eligible node).</summary>
    public static int Desired(SwarmService service) => service.Spec.Mode switch
    {
        SwarmServiceMode.Replicated or SwarmServiceMode.ReplicatedJob => (int)(service.Spec.Replicas ?? 1),
        _ => service.DesiredTasks ?? 0,
    };

    /// <summary>The latest error of each node, newest first: the tasks' own words.</summary>
    private static string Errors(IEnumerable<SwarmTask> failed, IReadOnlyDictionary<string, string> nodeNames)
    {
        var lines = failed.GroupBy(t => t.NodeId ?? "").Select(g => g.First()).Take(3)
            .Select(t => $"task on {Node(t, nodeNames)}: {t.Error ?? t.Message ?? t.State}").ToList();
        return lines.Count == 0 ? "" : "; " + string.Join("; ", lines);
    }

    private static string Node(SwarmTask task, IReadOnlyDictionary<string, string> nodeNames) =>
        task.NodeId is { } id ? nodeNames.GetValueOrDefault(id, id) : "no node";

    private static string Stack(SwarmService service) => service.Spec.Labels.GetValueOrDefault(SwarmLabels.Namespace, "");
}
