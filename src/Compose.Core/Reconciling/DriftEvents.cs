using Compose.Observing;
using Compose.Runtime;

namespace Compose.Reconciling;

/// <summary>
/// Which engine events mean the project may have drifted from its files: a container of the project destroyed or
/// renamed, a network or volume of the project removed, a container disconnected from a project network. Exits are
/// not drift (restart policies are the engine's job), and neither is the disconnect that follows a container's own
/// exit, so those are told apart by the container's <c>die</c> just before.
/// </summary>
public sealed class DriftEvents(TimeProvider time)
{
    /// <summary>How long after a container's exit its network disconnects count as part of that exit.</summary>
    private static readonly TimeSpan ExitEcho = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, long> _recentExits = new(StringComparer.Ordinal);

    /// <summary>Engine event types the controller subscribes to.</summary>
    public static IReadOnlyList<string> Types { get; } = ["container", "network", "volume"];

    /// <summary>What the event means for the project, as a trigger's detail; null when it is not drift of this project.</summary>
    public string? Classify(EngineEvent engineEvent, DriftScope scope) => engineEvent.Type switch
    {
        "container" => Container(engineEvent, scope),
        "network" => Network(engineEvent, scope),
        "volume" when engineEvent.Action == "destroy" && scope.Volumes.Contains(engineEvent.ActorId) => $"volume {engineEvent.ActorId} removed",
        _ => null,
    };

    private string? Container(EngineEvent e, DriftScope scope)
    {
        if (e.Attribute(ComposeLabels.Project) != scope.Project || e.Attribute(ComposeLabels.OneOff) == ComposeLabels.True)
        {
            return null;
        }

        var name = e.Attribute("name") ?? e.ActorId;
        switch (e.Action)
        {
            case "die":
                RememberExit(e.ActorId);
                return null;
            case "destroy":
                return $"container {name} removed";
            case "rename":
                return $"container {e.Attribute("oldName")?.TrimStart('/') ?? "?"} renamed to {name}";
            default:
                return null;
        }
    }

    private string? Network(EngineEvent e, DriftScope scope)
    {
        var network = e.Attribute("name");
        if (network is null || !scope.Networks.Contains(network))
        {
            return null;
        }

        return e.Action switch
        {
            "destroy" => $"network {network} removed",
            "disconnect" when e.Attribute("container") is { } container && !ExitedJustNow(container) => $"container {EngineIds.Short(container)} disconnected from network {network}",
            _ => null,
        };
    }

    private void RememberExit(string container)
    {
        var now = time.GetTimestamp();
        foreach (var stale in _recentExits.Where(kv => time.GetElapsedTime(kv.Value, now) > ExitEcho).Select(kv => kv.Key).ToList())
        {
            _recentExits.Remove(stale);
        }

        _recentExits[container] = now;
    }

    private bool ExitedJustNow(string container) =>
        _recentExits.TryGetValue(container, out var at) && time.GetElapsedTime(at) <= ExitEcho;

}
