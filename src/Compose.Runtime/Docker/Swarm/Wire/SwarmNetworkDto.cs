namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /networks</c> entries as a manager lists them (with their scope).</summary>
internal sealed class SwarmNetworkDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Driver { get; set; }
    public string? Scope { get; set; }
    public bool Attachable { get; set; }
    public bool Internal { get; set; }
    public bool Ingress { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}
