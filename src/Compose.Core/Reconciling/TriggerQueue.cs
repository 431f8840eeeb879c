namespace Compose.Reconciling;

/// <summary>
/// Where triggers wait for the loop. A burst becomes one pass: once the first trigger arrives the queue waits a short
/// coalescing window, then hands out everything pending at once. Triggers that arrive during a pass wait for the
/// next one, so passes never overlap. Time comes from the <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
public sealed class TriggerQueue(TimeProvider time, TimeSpan coalesce)
{
    private readonly Lock _gate = new();
    private readonly List<ReconcileTrigger> _pending = [];
    private TaskCompletionSource _arrived = NewSignal();

    public void Add(ReconcileTrigger trigger)
    {
        lock (_gate)
        {
            _pending.Add(trigger);
            _arrived.TrySetResult();
        }
    }

    public bool HasPending(TriggerKind kind)
    {
        lock (_gate)
        {
            return _pending.Exists(t => t.Kind == kind);
        }
    }

    /// <summary>Waits for a trigger, lets the burst settle for the coalescing window, and takes everything pending.</summary>
    public async Task<IReadOnlyList<ReconcileTrigger>> NextBatchAsync(CancellationToken cancellationToken)
    {
        await WaitForAnyAsync(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        if (coalesce > TimeSpan.Zero)
        {
            await Task.Delay(coalesce, time, cancellationToken).ConfigureAwait(false);
        }

        return Take();
    }

    /// <summary>Everything pending now, without waiting.</summary>
    public IReadOnlyList<ReconcileTrigger> Take()
    {
        lock (_gate)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            _arrived = NewSignal();
            return batch;
        }
    }

    /// <summary>Waits until a trigger is pending or <paramref name="timeout"/> passes; true when one is pending.</summary>
    public async Task<bool> WaitForAnyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task arrived;
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return true;
            }

            arrived = _arrived.Task;
        }

        try
        {
            await arrived.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
