namespace Compose.Runtime;

/// <summary>The engine's event stream.</summary>
public interface IRuntimeEvents
{
    /// <summary>
    /// Engine events as they happen (and from <see cref="EventFilter.Since"/> when set), until cancelled.
    /// </summary>
    IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken cancellationToken);
}
