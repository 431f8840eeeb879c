using Compose.Errors;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Reconciling;

/// <summary>
/// Follows the engine's event stream and turns drift of the project into triggers. When the stream drops (the
/// engine restarts, the connection breaks), it reconnects with back-off, resumes with <c>since</c> the last event it
/// saw, and asks for a full pass: events may have been missed while it was away.
/// </summary>
public sealed class EngineFollower(IContainerRuntime runtime, Func<DriftScope?> scope, TriggerQueue triggers, IReconcileReporter reporter, Action<string?> state, TimeProvider time)
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
                    triggers.Add(new ReconcileTrigger(TriggerKind.Reconnect, "event stream connected again"));
                    failures = 0;
                }

                await FollowAsync(cancellationToken).ConfigureAwait(false);
                throw new IOException("the engine closed the event stream");
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsConnectionFailure(e))
            {
                failures++;
                _since ??= time.GetUtcNow();
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

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        var filter = new EventFilter { Types = [.. DriftEvents.Types], Since = _since };
        await foreach (var engineEvent in runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            _since = engineEvent.Time;
            if (scope() is { } current && _drift.Classify(engineEvent, current) is { } detail)
            {
                triggers.Add(new ReconcileTrigger(TriggerKind.Engine, detail));
            }
        }
    }

    private static bool IsConnectionFailure(Exception e) =>
        e is ContainerRuntimeException or ComposeException or IOException or HttpRequestException or System.Text.Json.JsonException
        || (e is OperationCanceledException && e.InnerException is TimeoutException);
}
