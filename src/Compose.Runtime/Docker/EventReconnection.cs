namespace Compose.Runtime.Docker;

/// <summary>
/// How soon an ended event stream is resubscribed: at once after a stream that delivered events (Podman's log
/// rotation), with a growing pause (up to 2 s) while streams end empty or the engine is away, and not at all once
/// the engine has been unreachable for <see cref="Budget"/>: then the last error surfaces.
/// </summary>
internal sealed class EventReconnection(TimeProvider time)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);

    private TimeSpan _pause = TimeSpan.Zero;
    private DateTimeOffset? _unreachableSince;

    /// <param name="lost">The error that ended the stream; null when the engine ended it normally.</param>
    /// <param name="delivered">Whether the stream delivered anything (so the engine was there).</param>
    public async Task WaitAsync(Exception? lost, bool delivered, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (lost is null || delivered)
        {
            _unreachableSince = null;
        }
        else
        {
            _unreachableSince ??= now;
            if (now - _unreachableSince >= Budget)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lost);
            }
        }

        _pause = delivered ? TimeSpan.Zero : _pause == TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromTicks(Math.Min(_pause.Ticks * 2, MaxPause.Ticks));
        if (_pause > TimeSpan.Zero)
        {
            await Task.Delay(_pause, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
