namespace Compose.Execution.Waiting;

/// <summary>
/// <c>--wait-timeout</c>: one deadline for every wait of a command (the dependency waits of its plan and
/// <c>up --wait</c>), counted from when the command began, so a CI job knows the longest <c>up</c> can take.
/// </summary>
public sealed class WaitDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;

    public WaitDeadline(TimeSpan timeout, TimeProvider time)
    {
        Timeout = timeout;
        _source = new CancellationTokenSource(timeout, time);
    }

    public TimeSpan Timeout { get; }

    /// <summary>The deadline of a <c>--wait-timeout</c> value, counted from now; none when it is unset or not positive.</summary>
    public static WaitDeadline? FromSeconds(int? seconds, TimeProvider time) =>
        seconds is > 0 and var s ? new WaitDeadline(TimeSpan.FromSeconds(s), time) : null;

    /// <summary>Cancelled when the deadline passes.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>How messages name it: <c>the --wait-timeout of 30 s</c>.</summary>
    public string Text => $"the --wait-timeout of {Timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s";

    public void Dispose() => _source.Dispose();
}
