namespace Compose.Runtime.Swarm;

/// <summary>
/// The engine's swarm membership (<c>GET /info</c>): <see cref="LocalNodeState"/> is <c>inactive</c> on an engine in
/// no swarm, <c>active</c> once joined; only a manager (<see cref="ControlAvailable"/>) takes deployments.
/// </summary>
public sealed record SwarmState
{
    public required string LocalNodeState { get; init; }
    public bool ControlAvailable { get; init; }
    public string? NodeId { get; init; }
    public string? NodeAddress { get; init; }
    public int Nodes { get; init; }
    public int Managers { get; init; }

    /// <summary>The engine's own words when its swarm state is <c>error</c> or <c>locked</c>.</summary>
    public string? Error { get; init; }

    public bool IsActive => LocalNodeState == "active";
}
