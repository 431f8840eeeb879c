using System.Text;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// Cuts demultiplexed output into lines per stream (a line may span frames, a frame may hold many lines), drops
/// the line ending (<c>\n</c> or a TTY's <c>\r\n</c>) and, when asked, splits off the engine's RFC 3339 timestamp.
/// Lines are decoded as whole byte runs, so a UTF-8 character split across frames stays intact.
/// </summary>
internal sealed class LogLineAssembler(bool timestamps) : IDisposable
{
    private readonly PendingBytes _stdout = new();
    private readonly PendingBytes _stderr = new();

    public void Append(OutputStream stream, ReadOnlySpan<byte> data, List<LogLine> lines)
    {
        var pending = stream == OutputStream.Stderr ? _stderr : _stdout;
        while (data.IndexOf((byte)'\n') is var newline and >= 0)
        {
            if (pending.IsEmpty)
            {
                lines.Add(ToLine(stream, data[..newline]));
            }
            else
            {
                pending.Append(data[..newline]);
                lines.Add(ToLine(stream, pending.Span));
                pending.Clear();
            }

            data = data[(newline + 1)..];
        }

        pending.Append(data);
    }

    /// <summary>What is left when the stream ends: a last line without a line ending.</summary>
    public void Flush(List<LogLine> lines)
    {
        foreach (var (stream, pending) in new[] { (OutputStream.Stdout, _stdout), (OutputStream.Stderr, _stderr) })
        {
            if (!pending.IsEmpty)
            {
                lines.Add(ToLine(stream, pending.Span));
                pending.Clear();
            }
        }
    }

    private LogLine ToLine(OutputStream stream, ReadOnlySpan<byte> bytes)
    {
        if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        DateTimeOffset? time = null;
        if (timestamps && bytes.IndexOf((byte)' ') is var space and > 0 && EngineTime.TryParse(bytes[..space], out var parsed))
        {
            time = parsed;
            bytes = bytes[(space + 1)..];
        }

        return new LogLine(stream, Encoding.UTF8.GetString(bytes), time);
    }

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }
}
