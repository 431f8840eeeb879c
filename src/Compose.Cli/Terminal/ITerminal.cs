namespace Compose.Cli.Terminal;

/// <summary>The controlling terminal, for interactive sessions (<c>exec</c>, <c>run</c>, <c>attach</c>) and the live tree.</summary>
public interface ITerminal
{
    /// <summary>Columns and rows, or null when there is no terminal to ask.</summary>
    (int Width, int Height)? Size { get; }

    /// <summary>
    /// Puts stdin in raw mode (keys go through unprocessed, no echo, Ctrl+C is a byte) until the result is disposed;
    /// null when stdin is not a terminal. The settings come back on every way out, signals and exit included.
    /// </summary>
    IDisposable? EnterRawMode();

    /// <summary>The keys typed, as bytes, for a session in raw mode (read past .NET's console line editor).</summary>
    Stream OpenRawInput();

    /// <summary>Calls <paramref name="onResize"/> whenever the window changes size, until the result is disposed.</summary>
    IDisposable OnResize(Action onResize);
}
