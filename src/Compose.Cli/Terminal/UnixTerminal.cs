using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// The process's terminal through libc (<see cref="LibC"/>): size by <c>TIOCGWINSZ</c>, raw mode by <c>cfmakeraw</c>
/// on a copy of the saved <c>termios</c> (<see cref="RawMode"/>), keys read from fd 0 (<see cref="TerminalInput"/>),
/// resize by <c>SIGWINCH</c>.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnixTerminal : ITerminal
{
    public (int Width, int Height)? Size
    {
        get
        {
            foreach (var fd in (int[])[1, 2, 0])
            {
                if (LibC.IoctlWindowSize(fd, LibC.GetWindowSize, out var size) == 0 && size.Columns > 0 && size.Rows > 0)
                {
                    return (size.Columns, size.Rows);
                }
            }

            return null;
        }
    }

    public IDisposable? EnterRawMode() => RawMode.Enter();

    public Stream OpenRawInput() => new TerminalInput();

    public IDisposable OnResize(Action onResize) =>
        PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => onResize());
}
