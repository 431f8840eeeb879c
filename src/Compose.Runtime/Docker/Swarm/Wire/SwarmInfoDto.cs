namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary>The part of <c>GET /info</c> that describes the engine's swarm membership.</summary>
internal sealed class SwarmInfoDto
{
    public SwarmMembershipDto? Swarm { get; set; }
}

internal sealed class SwarmMembershipDto
{
    public string? NodeID { get; set; }
    public string? NodeAddr { get; set; }
    public string? LocalNodeState { get; set; }
    public bool ControlAvailable { get; set; }
    public string? Error { get; set; }
    public int? Nodes { get; set; }
    public int? Managers { get; set; }
}
