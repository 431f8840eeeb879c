using System.Runtime.InteropServices;

namespace Compose.Cli.Terminal;

/// <summary>
/// The terminal calls .NET has no API for. They are hand-written because <see cref="Console"/> has no raw mode: its
/// stdin stream on a terminal runs .NET's own line editor (echoing each key itself and keeping Ctrl+C a signal), which
/// doubled every line an interactive container echoed back. Every argument is blittable (NativeAOT needs no
/// marshalling stubs); each call returns -1 with errno set (<see cref="Marshal.GetLastPInvokeError"/>) on failure.
/// </summary>
internal static partial class LibC
{
    public const int StdinFd = 0;
    public const int ErrInterrupted = 4;
    public const short PollIn = 0x1;

    /// <summary><c>tcsetattr</c>'s TCSANOW: apply at once (typed-ahead input stays queued for the session).</summary>
    public const int ChangeNow = 0;

    /// <summary>Linux's <c>TIOCGWINSZ</c>.</summary>
    public const ulong GetWindowSize = 0x5413;

    [StructLayout(LayoutKind.Sequential)]
    public struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int TcGetAttr(int fd, out Termios termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int TcSetAttr(int fd, int optionalActions, in Termios termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    public static partial void CfMakeRaw(ref Termios termios);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlWindowSize(int fd, ulong request, out WindowSize size);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(ref PollFd fds, ulong count, int timeoutMilliseconds);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, ref byte buffer, nuint count);
}
