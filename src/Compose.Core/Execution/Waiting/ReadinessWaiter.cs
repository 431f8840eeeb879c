using Compose.Planning.Steps;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Execution.Waiting;

/// <summary>
/// Waits for one container to reach a <see cref="Readiness"/>: it subscribes to the container's events first, then
/// inspects once (closing the race with changes before the subscription), and inspects again only when the engine
/// reports a change of state or health. No polling. Where the engine does not run health checks by itself
/// (<see cref="RuntimeCapabilities.RunsHealthChecks"/> false: Podman without systemd), the driver runs them while this
/// waits (<see cref="IRuntimeContainers.DriveHealthChecksAsync"/>).
/// </summary>
public sealed class ReadinessWaiter(IContainerRuntime runtime, ContainerEventFeed feed)
{
    public async Task<ReadinessVerdict> WaitAsync(string containerId, string name, Readiness readiness, CancellationToken cancellationToken)
    {
        using var subscription = feed.Subscribe(containerId);
        using var checking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var healthChecks = readiness == Readiness.CompletedSuccessfully || (await runtime.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false)).RunsHealthChecks
            ? Task.CompletedTask
            : runtime.DriveHealthChecksAsync(containerId, checking.Token);
        try
        {
            return await WaitForVerdictAsync(subscription, containerId, name, readiness, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await checking.CancelAsync().ConfigureAwait(false);
            await ObserveAsync(healthChecks).ConfigureAwait(false);
        }
    }

    private async Task<ReadinessVerdict> WaitForVerdictAsync(
        ContainerEventFeed.Subscription subscription, string containerId, string name, Readiness readiness, CancellationToken cancellationToken)
    {
        while (true)
        {
            var details = await InspectAsync(containerId, cancellationToken).ConfigureAwait(false);
            if (ReadinessRules.Evaluate(details, name, readiness) is { } verdict)
            {
                return verdict;
            }

            EngineEvent next;
            do
            {
                next = await subscription.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            while (!ChangesReadiness(next.Action));
        }
    }

    /// <summary>The driven checks end when the wait does; a check that failed against the engine only means the wait saw no health change.</summary>
    private static async Task ObserveAsync(Task healthChecks)
    {
        try
        {
            await healthChecks.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ContainerRuntimeException)
        {
        }
    }

    /// <summary>Events after which the container may have reached (or missed) the condition; exec events are not.</summary>
    public static bool ChangesReadiness(string action) =>
        action is "start" or "die" or "stop" or "destroy" or "restart" or "oom" or "pause" or "unpause"
        || action.StartsWith("health_status", StringComparison.Ordinal);

    private async Task<ContainerDetails?> InspectAsync(string containerId, CancellationToken cancellationToken)
    {
        try
        {
            return await runtime.InspectContainerAsync(containerId, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
