using System.Runtime.CompilerServices;
using System.Text;

namespace Compose.Runtime.Native.Logs;

/// <summary>
/// Reads a container's log file (every run's output, as conmon appends to it) as the engine's log stream: since,
/// until, tail, stdout/stderr selection, timestamps, and with follow the lines still to come until
/// <paramref name="running"/> says the container stopped and the file is read to its end.
/// </summary>
internal sealed class ContainerLogReader(TimeProvider time)
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(50);

    public async IAsyncEnumerable<LogLine> ReadAsync(string path, LogOptions options, Func<CancellationToken, Task<bool>> running,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var tail = new LogTail(path);
        var first = Select(tail.ReadLines(), options);
        foreach (var line in options.Tail is { } n and >= 0 ? first.TakeLast(n) : first)
        {
            yield return line;
        }

        if (!options.Follow)
        {
            yield break;
        }

        while (true)
        {
            var stillRunning = await running(cancellationToken).ConfigureAwait(false);
            foreach (var line in Select(tail.ReadLines(), options))
            {
                yield return line;
            }

            if (!stillRunning || (options.Until is { } until && time.GetUtcNow() > until))
            {
                yield break;
            }

            await Task.Delay(FollowInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<LogLine> Select(IEnumerable<K8sLogLine> lines, LogOptions options)
    {
        var selected = new List<LogLine>();
        var partial = new Dictionary<OutputStream, StringBuilder>();
        foreach (var line in lines)
        {
            if (line.Partial)
            {
                (partial.TryGetValue(line.Stream, out var b) ? b : partial[line.Stream] = new StringBuilder()).Append(line.Text);
                continue;
            }

            var text = partial.Remove(line.Stream, out var start) ? start.Append(line.Text).ToString() : line.Text;
            if ((line.Stream == OutputStream.Stdout ? options.Stdout : options.Stderr)
                && (options.Since is not { } since || line.Time >= since) && (options.Until is not { } until || line.Time <= until))
            {
                selected.Add(new LogLine(line.Stream, text, options.Timestamps ? line.Time : null));
            }
        }

        return selected;
    }
}
