using System.Collections.Concurrent;
using System.Threading.Channels;
using Compose.Runtime;

namespace Compose.Operations.Logs;

/// <summary>
/// Prints the logs of several containers at once, line by line as they arrive. When following, containers of the
/// selection that start later (new replicas, restarts) are picked up from their start event, and printing ends once
/// every followed container has stopped, as with docker compose (or, for an attached <c>up</c>, when it says so).
/// </summary>
public sealed class LogStreamer(ComposeSession session, ILogSink sink, LogOptions options)
{
    /// <summary>The containers being printed, each with the end of its current stream.</summary>
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _streaming = new(StringComparer.Ordinal);

    /// <summary>How long before its start event a restarted run's output is read from.</summary>
    private static readonly TimeSpan RestartMargin = TimeSpan.FromMilliseconds(50);

    /// <summary>Containers that started again while their previous stream was still ending: followed once it has.</summary>
    private readonly ConcurrentDictionary<string, (LogSource Source, DateTimeOffset StartedAt)> _restarted = new(StringComparer.Ordinal);

    /// <summary>Containers streamed before: a later start of one is a restart.</summary>
    private readonly ConcurrentDictionary<string, bool> _streamedBefore = new(StringComparer.Ordinal);

    /// <summary>When each container's last run ended, by its die event (the engine's clock, as its log lines).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _diedAt = new(StringComparer.Ordinal);

    /// <summary>
    /// Each container's first stream's options and how many lines were read from that origin so far, over all its
    /// streams: a restarted run is read again from the same origin, skipping what was printed. Exact whatever the
    /// clocks and the engine's timestamp precision, and whether or not the previous stream ran on into the next run
    /// (Podman's does).
    /// </summary>
    private readonly ConcurrentDictionary<string, (LogOptions Options, long Lines)> _origin = new(StringComparer.Ordinal);
    private readonly Channel<bool> _ended = Channel.CreateUnbounded<bool>();
    private int _running;

    /// <param name="watch">Labels of the containers whose start events are watched while following.</param>
    /// <param name="startedSource">The source for a started container, or null when it is not part of the selection.</param>
    /// <param name="keepFollowing">
    /// Until it is cancelled, containers that start again are followed even after every stream has ended: an attached
    /// <c>up</c> decides when following ends, and a container its restart policy restarts prints again. Without it
    /// (<c>logs -f</c>), printing ends once every followed container has stopped.
    /// </param>
    public async Task RunAsync(
        IReadOnlyList<LogSource> sources, LabelFilter watch, Func<EngineEvent, LogSource?> startedSource, CancellationToken keepFollowing, CancellationToken cancellationToken)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = options.Follow ? WatchStartsAsync(watch, startedSource, watching.Token) : Task.CompletedTask;
        foreach (var source in sources)
        {
            Start(source, options);
        }

        using (keepFollowing.Register(() => _ended.Writer.TryWrite(true)))
        {
            while (Volatile.Read(ref _running) > 0 || (options.Follow && keepFollowing.CanBeCanceled && !keepFollowing.IsCancellationRequested))
            {
                await _ended.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await watching.CancelAsync().ConfigureAwait(false);
        await starts.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes when the container's current stream has printed its last line (at once when none runs): an exit
    /// is reported after the output that led to it.
    /// </summary>
    public Task StreamEnded(string id) => _streaming.TryGetValue(id, out var ended) ? ended.Task : Task.CompletedTask;

    private void Start(LogSource source, LogOptions sourceOptions, long skip = 0)
    {
        if (!_streaming.TryAdd(source.Id, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)))
        {
            return;
        }

        _origin.TryAdd(source.Id, (sourceOptions, 0));
        sink.Open(source);
        Interlocked.Increment(ref _running);
        _ = Task.Run(() => PrintAsync(source, sourceOptions, skip));
    }

    private async Task PrintAsync(LogSource source, LogOptions sourceOptions, long skip)
    {
        try
        {
            var read = 0L;
            await foreach (var line in session.Runtime.GetLogsAsync(source.Id, sourceOptions, CancellationToken.None).ConfigureAwait(false))
            {
                if (++read <= skip)
                {
                    continue;
                }

                _origin.AddOrUpdate(source.Id, _ => (sourceOptions, read), (_, o) => o with { Lines = o.Lines + 1 });
                sink.Write(source, line);
            }
        }
        finally
        {
            _streamedBefore[source.Id] = true;
            if (_streaming.TryRemove(source.Id, out var ended))
            {
                ended.TrySetResult();
            }

            if (_restarted.TryRemove(source.Id, out var again))
            {
                Restart(again.Source, again.StartedAt);
            }

            Interlocked.Decrement(ref _running);
            _ended.Writer.TryWrite(true);
        }
    }

    /// <summary>
    /// A new container: all it printed (its first lines come before the start event). A restarted one: read again
    /// from its first stream's origin, skipping the lines already printed; with a <c>--tail</c> origin (whose window
    /// moves), what it printed since its previous run died, or from a moment before this start event when that death
    /// was before following began. When the previous run's stream is still ending, once it has.
    /// </summary>
    private void Restart(LogSource source, DateTimeOffset startedAt)
    {
        if (_streaming.ContainsKey(source.Id))
        {
            _restarted[source.Id] = (source, startedAt);
            if (_streaming.ContainsKey(source.Id) || !_restarted.TryRemove(source.Id, out _))
            {
                return;
            }
        }

        if (_streamedBefore.ContainsKey(source.Id) && _origin.TryGetValue(source.Id, out var origin) && origin.Options.Tail is null)
        {
            Start(source, origin.Options, skip: origin.Lines);
            return;
        }

        DateTimeOffset? since = !_streamedBefore.ContainsKey(source.Id) ? null
            : _diedAt.TryGetValue(source.Id, out var died) && died <= startedAt ? died
            : startedAt - RestartMargin;
        Start(source, options with { Since = since, Tail = null });
    }

    private async Task WatchStartsAsync(LabelFilter watch, Func<EngineEvent, LogSource?> startedSource, CancellationToken cancellationToken)
    {
        var filter = new EventFilter { Labels = watch, Types = ["container"], Since = session.Time.GetUtcNow() };
        await foreach (var engineEvent in session.Runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (engineEvent.Action == "die")
            {
                _diedAt[engineEvent.ActorId] = engineEvent.Time;
            }
            else if (engineEvent.Action == "start" && startedSource(engineEvent) is { } source)
            {
                Restart(source, engineEvent.Time);
            }
        }
    }
}
