using System.Threading.Channels;

namespace Compose.Watching;

/// <summary>
/// Groups file changes into batches: a batch is handed out once no new change arrived for the quiet period (an
/// editor saving, a branch switch or a code generator touching many files becomes one batch), or at the latest
/// <see cref="MaxDelay"/> after its first change, so a path that never stops changing cannot hold the rest back.
/// Paths are deduplicated within a batch and handed out in ordinal order. Time comes from the
/// <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
public sealed class ChangeBatcher : IDisposable
{
    /// <summary>docker compose's quiet period.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Channel<IReadOnlyList<string>> _batches = Channel.CreateUnbounded<IReadOnlyList<string>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeProvider _time;
    private readonly TimeSpan _quiet;
    private readonly ITimer _timer;
    private long _firstPendingAt;

    public ChangeBatcher(TimeProvider time, TimeSpan? quietPeriod = null)
    {
        _time = time;
        _quiet = quietPeriod ?? DefaultQuietPeriod;
        MaxDelay = _quiet * 10;
        _timer = time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public TimeSpan MaxDelay { get; }

    /// <summary>Records a change; each change restarts the quiet period (up to <see cref="MaxDelay"/>).</summary>
    public void Add(string path)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_pending.Count == 0)
            {
                _firstPendingAt = now;
            }

            _pending.Add(path);
            var left = MaxDelay - _time.GetElapsedTime(_firstPendingAt, now);
            _timer.Change(left < _quiet ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : _quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Hands out what is pending now (the timer's callback; tests call it when their clock says the time has come).</summary>
    public void Flush()
    {
        IReadOnlyList<string> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = [.. _pending];
            _pending.Clear();
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        _batches.Writer.TryWrite(batch);
    }

    /// <summary>The batches, in order, until the token is cancelled.</summary>
    public IAsyncEnumerable<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken) => _batches.Reader.ReadAllAsync(cancellationToken);

    /// <summary>A batch already handed out, without waiting.</summary>
    public bool TryTake(out IReadOnlyList<string> batch) => _batches.Reader.TryRead(out batch!);

    public void Dispose()
    {
        _timer.Dispose();
        _batches.Writer.TryComplete();
    }
}
