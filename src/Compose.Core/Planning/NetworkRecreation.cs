namespace Compose.Planning;

/// <summary>
/// Containers a network recreation disconnected and that must be connected again: container id → the networks
/// (key, the step recreating the network, the disconnect step). The replica planner takes the ones it keeps; the
/// rest (containers of services outside this <c>up</c>) are reconnected at the end.
/// </summary>
internal sealed class NetworkRecreation
{
    private readonly Dictionary<string, List<Reconnect>> _pending = new(StringComparer.Ordinal);

    public void Add(string containerId, Reconnect reconnect)
    {
        if (!_pending.TryGetValue(containerId, out var list))
        {
            _pending[containerId] = list = [];
        }

        list.Add(reconnect);
    }

    /// <summary>Takes (and forgets) what the container needs reconnecting to.</summary>
    public IReadOnlyList<Reconnect> Take(string containerId) =>
        _pending.Remove(containerId, out var list) ? list : [];

    public IReadOnlyList<string> RemainingContainers => [.. _pending.Keys.Order(StringComparer.Ordinal)];

    /// <summary>One network a container must rejoin.</summary>
    internal sealed record Reconnect(string NetworkKey, int CreateStep, int DisconnectStep);
}
