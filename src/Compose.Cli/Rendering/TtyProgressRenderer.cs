using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>
/// The live tree on a terminal: redrawn in place about ten times a second while something is working (spinner,
/// status, elapsed time), and drawn a last time when the command ends. Nothing is drawn for a command that reports
/// no progress.
/// </summary>
public sealed class TtyProgressRenderer(TextWriter writer, TimeProvider time, Func<(int Width, int Height)> screen, bool colors)
    : IProgressSink, IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);
    private readonly ProgressBoard _board = new();
    private readonly Lock _gate = new();
    private readonly long _origin = time.GetTimestamp();
    private ITimer? _timer;
    private int _linesOnScreen;
    private bool _disposed;

    public void Report(ProgressEvent progressEvent)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _board.Apply(progressEvent, Now);
            if (_timer is null)
            {
                writer.Write(Ansi.HideCursor);
                _timer = time.CreateTimer(_ => Draw(), null, RefreshInterval, RefreshInterval);
                DrawLocked();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            if (!_board.IsEmpty)
            {
                DrawLocked();
                writer.Write(Ansi.ShowCursor);
                writer.Flush();
            }
        }
    }

    private TimeSpan Now => time.GetElapsedTime(_origin);

    private void Draw()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                DrawLocked();
            }
        }
    }

    private void DrawLocked()
    {
        var (width, height) = screen();
        var lines = _board.Render(Now, Math.Max(width, 20), Math.Max(height - 1, 2), colors);
        if (_linesOnScreen > 0)
        {
            writer.Write(Ansi.CursorUp(_linesOnScreen));
        }

        foreach (var line in lines)
        {
            writer.Write(Ansi.ClearLine);
            writer.Write(line);
            writer.Write('\n');
        }

        // A collapsed group leaves lines below the tree: blank them and come back up.
        var leftover = _linesOnScreen - lines.Count;
        for (var i = 0; i < leftover; i++)
        {
            writer.Write(Ansi.ClearLine);
            writer.Write('\n');
        }

        if (leftover > 0)
        {
            writer.Write(Ansi.CursorUp(leftover));
        }

        _linesOnScreen = lines.Count;
        writer.Flush();
    }
}
