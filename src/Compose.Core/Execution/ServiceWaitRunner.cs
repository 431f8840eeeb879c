using Compose.Errors;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>
/// Carries out a <see cref="WaitForServiceStep"/>: waits for each of the dependency's containers at once and fails
/// as soon as one cannot meet the condition. An optional dependency (<c>required: false</c>) only warns.
/// </summary>
public sealed class ServiceWaitRunner(GroupWaiter waiter, IProgressSink progress)
{
    public async Task RunAsync(WaitForServiceStep step, StepResults results, CancellationToken cancellationToken)
    {
        var readiness = step.Condition == ServiceDependency.Healthy ? Readiness.Healthy : Readiness.CompletedSuccessfully;
        var failure = await waiter.WaitAllAsync(step.Containers.Select(c => (results.ContainerId(c), c.Name)), readiness, cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            return;
        }

        if (step.Required)
        {
            throw new ComposeException($"dependency failed to start: {failure.Text}");
        }

        progress.Report(ProgressEvent.Warning("Service", step.Service, "Skipped") with
        {
            Detail = $"optional dependency {step.Service} is not ready ({failure.Text}); continuing because it is declared with required: false",
        });
    }
}
