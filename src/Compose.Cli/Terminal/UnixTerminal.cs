using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// The process's terminal through libc: size by <c>TIOCGWINSZ</c>, raw mode by <c>cfmakeraw</c> on a copy of the
/// saved <c>termios</c> (restored on dispose, so a crash mid-session is the only way to leave the terminal raw),
/// resize by <c>SIGWINCH</c>.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnixTerminal : ITerminal
{
    private const int StdinFd = 0;
    private const ulong TiocGWinSz = 0x5413;
    private const int TcsaNow = 0;

    /// <summary>glibc's <c>struct termios</c> is 60 bytes on Linux; the buffer leaves room to spare.</summary>
    private const int TermiosSize = 128;

    public (int Width, int Height)? Size
    {
        get
        {
            foreach (var fd in (int[])[1, 2, 0])
            {
                var size = new ushort[4];
                if (Ioctl(fd, TiocGWinSz, size) == 0 && size[1] > 0 && size[0] > 0)
                {
                    return (size[1], size[0]);
                }
            }

            return null;
        }
    }

    public IDisposable EnterRawMode()
    {
        var saved = new byte[TermiosSize];
        if (TcGetAttr(StdinFd, saved) != 0)
        {
            return new Restore(null);
        }

        var raw = (byte[])saved.Clone();
        CfMakeRaw(raw);
        TcSetAttr(StdinFd, TcsaNow, raw);
        return new Restore(saved);
    }

    public IDisposable OnResize(Action onResize) =>
        PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => onResize());

    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static extern int Ioctl(int fd, ulong request, ushort[] winsize);

    [DllImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    private static extern int TcGetAttr(int fd, byte[] termios);

    [DllImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    private static extern int TcSetAttr(int fd, int optionalActions, byte[] termios);

    [DllImport("libc", EntryPoint = "cfmakeraw")]
    private static extern void CfMakeRaw(byte[] termios);

    private sealed class Restore(byte[]? saved) : IDisposable
    {
        private byte[]? _saved = saved;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _saved, null) is { } termios)
            {
                TcSetAttr(StdinFd, TcsaNow, termios);
            }
        }
    }
}
