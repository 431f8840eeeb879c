using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// The terminal in raw mode (<c>cfmakeraw</c>: no echo, no line editing, Ctrl+C, Ctrl+Z and Ctrl+\ are bytes rather
/// than signals) until disposed, when the saved settings come back. Every way out restores them: dispose (the session
/// ended or threw), SIGTERM, SIGHUP and SIGQUIT sent from outside (restored in the handler, then the signal takes its
/// usual course), and process exit or an unhandled exception. Only a SIGKILL or a crash of the runtime itself can
/// leave the terminal raw (<c>reset</c> or <c>stty sane</c> repairs it).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class RawMode : IDisposable
{
    private readonly Lock _gate = new();
    private readonly PosixSignalRegistration[] _signals;
    private Termios _saved;
    private bool _restored;

    private RawMode(Termios saved)
    {
        _saved = saved;
        _signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Restore()),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => Restore()),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, _ => Restore()),
        ];
        AppDomain.CurrentDomain.ProcessExit += OnExit;
        AppDomain.CurrentDomain.UnhandledException += OnExit;
    }

    /// <summary>Raw mode on stdin, or null when stdin is not a terminal (nothing to change).</summary>
    public static RawMode? Enter()
    {
        if (LibC.TcGetAttr(LibC.StdinFd, out var saved) != 0)
        {
            return null;
        }

        var raw = saved;
        LibC.CfMakeRaw(ref raw);
        var mode = new RawMode(saved);
        if (LibC.TcSetAttr(LibC.StdinFd, LibC.ChangeNow, in raw) != 0)
        {
            mode.Dispose();
            return null;
        }

        return mode;
    }

    public void Dispose()
    {
        Restore();
        foreach (var registration in _signals)
        {
            registration.Dispose();
        }

        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        AppDomain.CurrentDomain.UnhandledException -= OnExit;
    }

    private void OnExit(object? sender, EventArgs e) => Restore();

    private void Restore()
    {
        lock (_gate)
        {
            if (!_restored)
            {
                _restored = true;
                LibC.TcSetAttr(LibC.StdinFd, LibC.ChangeNow, in _saved);
            }
        }
    }
}
