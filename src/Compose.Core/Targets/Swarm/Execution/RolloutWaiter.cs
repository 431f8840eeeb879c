using Compose.Execution;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Execution;

/// <summary>
/// Follows a rollout by looking at the service and its tasks four times a second (the Swarm API has no task events) until
/// <see cref="RolloutEvaluator"/> says it is done or failed, showing its progress as it changes.
/// </summary>
public sealed class RolloutWaiter(ISwarmClient swarm, IProgressSink progress, TimeProvider time)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task WaitAsync(WaitForRolloutStep step, CancellationToken cancellationToken)
    {
        var first = await InspectAsync(step.Service, cancellationToken).ConfigureAwait(false);
        // The service's own clock, not ours: failures older than this write belong to an earlier rollout.
        var since = first.UpdatedAt - TimeSpan.FromSeconds(1);
        var start = time.GetUtcNow();
        var deadline = step.Timeout is { } timeout ? start + timeout : (DateTimeOffset?)null;
        var nodes = (await swarm.ListNodesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, n => n.Hostname, StringComparer.Ordinal);
        string? shown = null;
        for (var service = first; ; service = await InspectAsync(step.Service, cancellationToken).ConfigureAwait(false))
        {
            var tasks = await swarm.ListTasksAsync([service.Id], cancellationToken).ConfigureAwait(false);
            switch (RolloutEvaluator.Evaluate(step, service, tasks, nodes, since, time.GetUtcNow() - start))
            {
                case RolloutState.Done done:
                    foreach (var warning in done.Warnings)
                    {
                        progress.Report(ProgressEvent.Warning("Service", step.Service, "Recovered") with { Detail = warning });
                    }

                    progress.Report(ProgressEvent.Done("Service", step.Service, step.Outcome));
                    return;
                case RolloutState.Failed failed:
                    progress.Report(ProgressEvent.Error("Service", step.Service, "Failed", failed.Reason));
                    throw new SwarmException($"service {step.Service}: {failed.Reason}.");
                case RolloutState.Waiting waiting when waiting.Progress != shown:
                    shown = waiting.Progress;
                    progress.Report(ProgressEvent.Working("Service", step.Service, waiting.Progress));
                    break;
            }

            if (deadline is { } end && time.GetUtcNow() >= end)
            {
                progress.Report(ProgressEvent.Error("Service", step.Service, "Timeout", shown));
                throw new SwarmException($"service {step.Service} did not converge within {step.Timeout!.Value.TotalSeconds:0} s ({shown}); composectl ps --to swarm shows its tasks.");
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SwarmService> InspectAsync(string name, CancellationToken cancellationToken) =>
        await swarm.InspectServiceAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SwarmException($"service {name} was removed during the deploy.");
}
