namespace Compose.Runtime.Docker.Transport;

/// <summary>
/// The caller's token, plus a timer when the request has a deadline (<see cref="EngineWait"/>). The timer runs on real
/// time, not the session's <see cref="TimeProvider"/>: it guards a real socket against an engine that froze, and a
/// manual clock in tests must not make every request wait forever or fail at once.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _linked;

    public RequestDeadline(TimeSpan? limit, CancellationToken caller)
    {
        _caller = caller;
        Limit = limit ?? Timeout.InfiniteTimeSpan;
        if (limit is { } span)
        {
            _timer = new CancellationTokenSource(span);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
        }
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the caller cancels or the deadline passes.</summary>
    public CancellationToken Token => _linked?.Token ?? _caller;

    /// <summary>The deadline passed and the caller did not cancel: the engine did not answer in time.</summary>
    public bool Expired => _timer?.IsCancellationRequested == true && !_caller.IsCancellationRequested;

    public void Dispose()
    {
        _linked?.Dispose();
        _timer?.Dispose();
    }
}
