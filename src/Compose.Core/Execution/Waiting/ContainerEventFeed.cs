using System.Collections.Concurrent;
using System.Threading.Channels;
using Compose.Runtime;

namespace Compose.Execution.Waiting;

/// <summary>
/// One subscription to the engine's container events, shared by every waiter of an execution and opened on first
/// use (events are dispatched by container id, so no label filter is needed). It asks the engine to replay events from shortly before the execution began, so a change that happened
/// between a step and the subscription is not lost (waiters re-inspect on each event, so a replayed event is
/// harmless). A failure of the stream reaches every waiter.
/// </summary>
public sealed class ContainerEventFeed(IContainerRuntime runtime, TimeProvider time) : IAsyncDisposable
{
    /// <summary>How far back the engine replays: generous, to cover clock skew with a remote engine.</summary>
    private static readonly TimeSpan ReplayMargin = TimeSpan.FromMinutes(1);

    private readonly DateTimeOffset _since = time.GetUtcNow() - ReplayMargin;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<EngineEvent>, bool>> _subscribers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _pump;
    private Exception? _failure;

    /// <summary>Events about one container from now on (and replayed ones); dispose to stop receiving.</summary>
    public Subscription Subscribe(string containerId)
    {
        var channel = Channel.CreateUnbounded<EngineEvent>(new UnboundedChannelOptions { SingleReader = true });
        _subscribers.GetOrAdd(containerId, _ => new()).TryAdd(channel, true);
        lock (_gate)
        {
            if (_failure is not null)
            {
                channel.Writer.TryComplete(_failure);
            }

            _pump ??= Task.Run(PumpAsync);
        }

        return new Subscription(channel.Reader, () => Unsubscribe(containerId, channel));
    }

    private async Task PumpAsync()
    {
        var filter = new EventFilter { Types = ["container"], Since = _since };
        try
        {
            await foreach (var engineEvent in runtime.EventsAsync(filter, _stop.Token).ConfigureAwait(false))
            {
                if (_subscribers.TryGetValue(engineEvent.ActorId, out var channels))
                {
                    foreach (var channel in channels.Keys)
                    {
                        channel.Writer.TryWrite(engineEvent);
                    }
                }
            }

            Fail(new InvalidOperationException("the engine closed its event stream"));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    private void Fail(Exception failure)
    {
        lock (_gate)
        {
            _failure = failure;
        }

        foreach (var channel in _subscribers.Values.SelectMany(c => c.Keys))
        {
            channel.Writer.TryComplete(failure);
        }
    }

    private void Unsubscribe(string containerId, Channel<EngineEvent> channel)
    {
        if (_subscribers.TryGetValue(containerId, out var channels))
        {
            channels.TryRemove(channel, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_pump is not null)
        {
            await _pump.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    /// <summary>A waiter's view of the feed.</summary>
    public sealed class Subscription(ChannelReader<EngineEvent> reader, Action unsubscribe) : IDisposable
    {
        /// <summary>The next event; a failure of the engine's stream surfaces as itself (an engine error), not as a closed channel.</summary>
        public async ValueTask<EngineEvent> NextAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException closed) when (closed.InnerException is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                throw;
            }
        }

        public void Dispose() => unsubscribe();
    }
}
