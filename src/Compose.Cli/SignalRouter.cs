using System.Runtime.InteropServices;

namespace Compose.Cli;

/// <summary>
/// Where Ctrl+C (SIGINT) and SIGTERM go: by default they cancel the running command; while a command forwards them
/// (<c>attach</c> and <c>run</c> with a process in the foreground, as <c>--sig-proxy</c> does), the first one goes to
/// that process instead, and a second one cancels the command as usual, so a process that ignores it cannot hold
/// composectl.
/// </summary>
public sealed class SignalRouter
{
    private readonly Lock _gate = new();
    private Action<PosixSignal>? _forward;

    /// <summary>Sends the next signal to <paramref name="forward"/> until disposed.</summary>
    public IDisposable Forward(Action<PosixSignal> forward)
    {
        lock (_gate)
        {
            _forward = forward;
        }

        return new Forwarding(this, forward);
    }

    /// <summary>Whether the signal was forwarded (and must not cancel the command).</summary>
    internal bool TryForward(PosixSignal signal)
    {
        Action<PosixSignal>? forward;
        lock (_gate)
        {
            forward = _forward;
            _forward = null;
        }

        forward?.Invoke(signal);
        return forward is not null;
    }

    private sealed class Forwarding(SignalRouter router, Action<PosixSignal> forward) : IDisposable
    {
        public void Dispose()
        {
            lock (router._gate)
            {
                if (router._forward == forward)
                {
                    router._forward = null;
                }
            }
        }
    }
}
