using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>
/// Carries out a <see cref="WaitForServiceStep"/>: waits for each of the dependency's containers at once and fails
/// as soon as one cannot meet the condition, or when the command's <see cref="WaitDeadline"/> passes, with the
/// report users need (service, reason, last health output, last log lines). An optional dependency
/// (<c>required: false</c>) only warns.
/// </summary>
public sealed class ServiceWaitRunner(GroupWaiter waiter, NotReadyReport report, IProgressSink progress, WaitDeadline? deadline = null)
{
    public async Task RunAsync(WaitForServiceStep step, StepResults results, CancellationToken cancellationToken)
    {
        var readiness = step.Readiness;
        var targets = step.Containers.Select(c => new WaitTarget(results.ContainerId(c), c.Name, step.Service)).ToList();
        var failures = await waiter.WaitAllAsync(targets, readiness, deadline?.Token ?? CancellationToken.None, cancellationToken).ConfigureAwait(false);
        if (failures.IsEmpty)
        {
            return;
        }

        if (step.Required)
        {
            throw await report.DescribeAsync(failures, readiness, dependency: true, deadline, cancellationToken).ConfigureAwait(false);
        }

        var why = failures[0].TimedOut ? $"not ready within {deadline?.Text}" : failures[0].Reason;
        progress.Report(ProgressEvent.Warning("Service", step.Service, "Skipped") with
        {
            Detail = $"optional dependency {step.Service} is not ready ({why}); continuing because it is declared with required: false",
        });
    }
}
