namespace Compose.Cli.Terminal;

/// <summary>No terminal (pipes, CI, tests): no size, no raw mode, resize does nothing.</summary>
public sealed class NoTerminal : ITerminal
{
    public static NoTerminal Instance { get; } = new();

    public (int Width, int Height)? Size => null;

    public IDisposable? EnterRawMode() => null;

    public Stream OpenRawInput() => Stream.Null;

    public IDisposable OnResize(Action onResize) => Nothing.Instance;

    private sealed class Nothing : IDisposable
    {
        public static Nothing Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
