namespace Compose.Runtime.Docker;

/// <summary>
/// Where an event subscription resumes after its stream ended: from the time of the last event seen (the engine
/// replays events at that very time too, so those already delivered are recognised and dropped), else from when the
/// first stream opened.
/// </summary>
internal sealed class EventResumption(DateTimeOffset? since)
{
    private readonly HashSet<(string Type, string Action, string Actor)> _atLastTime = [];
    private DateTimeOffset? _lastTime;

    /// <summary>The <c>since</c> of the next subscription; null only before the first one when the caller gave none.</summary>
    public DateTimeOffset? Since => _lastTime ?? since;

    /// <summary>The first stream opened at this engine time: a resubscription without events seen replays from there.</summary>
    public void Opened(DateTimeOffset engineTime) => since ??= engineTime;

    /// <summary>Whether the event is new to the consumer (false for a replay of one already delivered); remembers it.</summary>
    public bool Accept(EngineEvent engineEvent)
    {
        if (_lastTime is { } last && engineEvent.Time < last)
        {
            return false;
        }

        if (_lastTime != engineEvent.Time)
        {
            _lastTime = engineEvent.Time;
            _atLastTime.Clear();
        }

        return _atLastTime.Add((engineEvent.Type, engineEvent.Action, engineEvent.ActorId));
    }
}
