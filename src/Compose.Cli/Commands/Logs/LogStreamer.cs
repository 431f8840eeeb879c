using System.Collections.Concurrent;
using System.Threading.Channels;
using Compose.Cli.Rendering;
using Compose.Runtime;

namespace Compose.Cli.Commands.Logs;

/// <summary>
/// Prints the logs of several containers at once, line by line as they arrive. When following, containers of the
/// selection that start later (new replicas, restarts) are picked up from their start event, and printing ends once
/// every followed container has stopped, as with docker compose.
/// </summary>
internal sealed class LogStreamer(CommandContext context, LogPrefixer prefixer, LogOptions options)
{
    private readonly ConcurrentDictionary<string, bool> _streaming = new(StringComparer.Ordinal);

    /// <summary>When each container's last stream ended: a restarted container is read from there on.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _endedAt = new(StringComparer.Ordinal);
    private readonly Channel<bool> _ended = Channel.CreateUnbounded<bool>();
    private readonly Lock _output = new();
    private int _running;

    /// <param name="watch">Labels of the containers whose start events are watched while following.</param>
    /// <param name="startedSource">The source for a started container, or null when it is not part of the selection.</param>
    public async Task RunAsync(IReadOnlyList<LogSource> sources, LabelFilter watch, Func<EngineEvent, LogSource?> startedSource, CancellationToken cancellationToken)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = options.Follow ? WatchStartsAsync(watch, startedSource, watching.Token) : Task.CompletedTask;
        foreach (var source in sources)
        {
            Start(source, options);
        }

        while (Volatile.Read(ref _running) > 0)
        {
            await _ended.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        await watching.CancelAsync().ConfigureAwait(false);
        await starts.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
    }

    private void Start(LogSource source, LogOptions sourceOptions)
    {
        if (!_streaming.TryAdd(source.Id, true))
        {
            return;
        }

        prefixer.Register(source.DisplayName);
        Interlocked.Increment(ref _running);
        _ = Task.Run(() => PrintAsync(source, sourceOptions));
    }

    private async Task PrintAsync(LogSource source, LogOptions sourceOptions)
    {
        try
        {
            await foreach (var line in context.Runtime.GetLogsAsync(source.Id, sourceOptions, CancellationToken.None).ConfigureAwait(false))
            {
                var text = prefixer.Format(source.DisplayName, source.Service, line);
                lock (_output)
                {
                    context.Out.WriteLine(text);
                    context.Out.Flush();
                }
            }
        }
        finally
        {
            _endedAt[source.Id] = context.Time.GetUtcNow();
            _streaming.TryRemove(source.Id, out _);
            Interlocked.Decrement(ref _running);
            _ended.Writer.TryWrite(true);
        }
    }

    private async Task WatchStartsAsync(LabelFilter watch, Func<EngineEvent, LogSource?> startedSource, CancellationToken cancellationToken)
    {
        var filter = new EventFilter { Labels = watch, Types = ["container"], Since = context.Time.GetUtcNow() };
        await foreach (var engineEvent in context.Runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (engineEvent.Action == "start" && startedSource(engineEvent) is { } source)
            {
                // A new container: all it printed (its first lines come before the start event). A restarted one:
                // what it printed since its previous stream ended, which was shown already.
                Start(source, options with { Since = _endedAt.TryGetValue(source.Id, out var ended) ? ended : null, Tail = null });
            }
        }
    }
}
