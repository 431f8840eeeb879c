using Compose.Errors;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Reconciling;

/// <summary>
/// Follows the engine's event stream and turns drift of the project into triggers. When the stream drops (the
/// engine restarts, the connection breaks), it reconnects with back-off, resumes with <c>since</c> the last event it
/// saw, and asks for a full pass: events may have been missed while it was away. The <paramref name="outage"/> hears
/// when the stream dropped and came back (containers the engine stopped meanwhile are started again by the passes).
/// </summary>
public sealed class EngineFollower(IContainerRuntime runtime, Func<DriftScope?> scope, TriggerQueue triggers, IReconcileReporter reporter, Action<string?> state, TimeProvider time, EngineOutage outage)
{
    private static readonly BackoffPolicy Reconnect = new() { Initial = TimeSpan.FromMilliseconds(250), Cap = TimeSpan.FromSeconds(10) };

    private readonly DriftEvents _drift = new(time);
    private DateTimeOffset? _since;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            try
            {
                if (failures > 0)
                {
                    // Back: whatever happened meanwhile is found by a full pass.
                    await runtime.GetEngineInfoAsync(cancellationToken).ConfigureAwait(false);
                    reporter.Engine($"event stream connected again after {failures} attempt{(failures == 1 ? "" : "s")}; running a full pass");
                    state(null);
                    outage.Reconnected();
                    triggers.Add(new ReconcileTrigger(TriggerKind.Reconnect, "event stream connected again"));
                    failures = 0;
                }

                if (await FollowAsync(cancellationToken).ConfigureAwait(false))
                {
                    // Ended after events (Podman ends its streams as its event log rotates): resumed at once, with
                    // since; an engine that went away refuses this and is an outage below.
                    continue;
                }

                throw new IOException("the engine closed the event stream");
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsConnectionFailure(e))
            {
                failures++;
                _since ??= time.GetUtcNow();
                if (failures == 1)
                {
                    // The engine's time of the last event seen: a stop after it was not seen (the clocks may differ).
                    outage.Lost(_since.Value);
                }

                var wait = Reconnect.DelayAfter(failures);
                var text = $"event stream lost ({e.Message}); reconnecting, attempt {failures + 1} at {time.GetUtcNow() + wait:HH:mm:ss}";
                if (failures == 1)
                {
                    reporter.Engine(text);
                }

                state(text);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Follows one stream until it ends; true when it delivered events. The driver hides no gap from us.</summary>
    private async Task<bool> FollowAsync(CancellationToken cancellationToken)
    {
        var filter = new EventFilter { Types = [.. DriftEvents.Types], Since = _since, Resubscribe = false };
        var delivered = false;
        var resumedAt = _since;
        await foreach (var engineEvent in runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            // Only news counts: since replays the last event seen, which a stream ending at once must not pass for life.
            delivered |= resumedAt is not { } r || engineEvent.Time > r;
            _since = engineEvent.Time;
            if (scope() is { } current && _drift.Classify(engineEvent, current) is { } detail)
            {
                triggers.Add(new ReconcileTrigger(TriggerKind.Engine, detail));
            }
        }

        return delivered;
    }

    private static bool IsConnectionFailure(Exception e) =>
        e is ContainerRuntimeException or ComposeException or IOException or HttpRequestException or System.Text.Json.JsonException
        || (e is OperationCanceledException && e.InnerException is TimeoutException);
}
