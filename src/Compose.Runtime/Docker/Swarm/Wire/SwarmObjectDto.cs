namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /secrets</c> and <c>GET /configs</c> entries, and the bodies that create them.</summary>
internal sealed class SwarmObjectDto
{
    public string ID { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public SwarmObjectSpecDto Spec { get; set; } = new();
}

internal sealed class SwarmObjectSpecDto
{
    public string Name { get; set; } = "";
    public Dictionary<string, string> Labels { get; set; } = [];

    /// <summary>Base64 on the wire; the engine never returns a secret's.</summary>
    public byte[]? Data { get; set; }

    /// <summary>Secrets only.</summary>
    public DriverDto? Driver { get; set; }
    public DriverDto? Templating { get; set; }
}

internal sealed class IdDto
{
    public string ID { get; set; } = "";
}
