using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

public sealed partial class FakeContainerRuntime
{
    private readonly List<Channel<EngineEvent>> _subscribers = [];
    private readonly List<EngineEvent> _history = [];
    private readonly Lock _subscribersGate = new();

    /// <summary>Events for every state change, as the engine sends them; tests may add their own (health status).</summary>
    public void Publish(EngineEvent engineEvent)
    {
        lock (_subscribersGate)
        {
            _history.Add(engineEvent);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(engineEvent);
            }
        }
    }

    /// <summary>When set, the event stream fails with it (an engine that went away).</summary>
    public Exception? EventsFailure { get; set; }

    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (EventsFailure is { } failure)
        {
            await Task.Yield();
            throw failure;
        }

        var channel = Channel.CreateUnbounded<EngineEvent>();
        lock (_subscribersGate)
        {
            // The fake's clock stands still, so "since" replays everything, as the engine replays what happened since then.
            if (filter.Since is not null)
            {
                _history.ForEach(e => channel.Writer.TryWrite(e));
            }

            _subscribers.Add(channel);
        }

        try
        {
            await foreach (var engineEvent in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if ((filter.Types.IsDefaultOrEmpty || filter.Types.Contains(engineEvent.Type))
                    && (filter.Labels is null || Matches(engineEvent.Attributes, filter.Labels)))
                {
                    yield return engineEvent;
                }
            }
        }
        finally
        {
            lock (_subscribersGate)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    private void Publish(string type, string action, string id, ImmutableSortedDictionary<string, string>? labels = null, params (string Key, string Value)[] extra)
    {
        var attributes = (labels ?? (_containers.TryGetValue(id, out var c) ? c.Labels : ImmutableSortedDictionary<string, string>.Empty))
            .SetItem("name", NameOf(id))
            .SetItems(extra.Select(e => KeyValuePair.Create(e.Key, e.Value)));
        Publish(new EngineEvent(type, action, id, attributes, Clock.GetUtcNow()));
    }
}
