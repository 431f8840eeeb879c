namespace Compose.Tests.Watching;

/// <summary>A clock that moves only when the test says so, and fires the timers whose time has come as it moves.</summary>
public sealed class SteppingTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<SteppingTimer> _timers = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SteppingTimer(this, () => callback(state));
        timer.Change(dueTime, period);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    /// <summary>Moves the clock; each timer due by then fires once, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        var until = GetTimestamp() + by.Ticks;
        while (true)
        {
            SteppingTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= until).MinBy(t => t.DueAt);
            }

            if (next is null)
            {
                break;
            }

            Interlocked.Exchange(ref _ticks, Math.Max(GetTimestamp(), next.DueAt!.Value));
            next.Fire();
        }

        Interlocked.Exchange(ref _ticks, until);
    }

    private sealed class SteppingTimer(SteppingTimeProvider clock, Action callback) : ITimer
    {
        public long? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetTimestamp() + dueTime.Ticks;
            return true;
        }

        public void Fire()
        {
            DueAt = null;
            callback();
        }

        public void Dispose() => DueAt = null;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
