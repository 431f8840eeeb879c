namespace Compose.Runtime.Docker.Wire;

/// <summary><c>GET /networks</c> entries and <c>POST /networks/create</c> bodies share this shape.</summary>
internal sealed class NetworkDto
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Driver { get; set; }
    public bool Internal { get; set; }
    public bool Attachable { get; set; }
    public bool EnableIPv6 { get; set; }

    /// <summary>API 1.47+.</summary>
    public bool? EnableIPv4 { get; set; }
    public bool? CheckDuplicate { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Options { get; set; }
    public IpamDto? IPAM { get; set; }

    /// <summary>Only in inspect answers: attached containers by id.</summary>
    public Dictionary<string, NetworkContainerDto>? Containers { get; set; }
}

internal sealed class NetworkContainerDto
{
    public string? Name { get; set; }
}

internal sealed class IdResponseDto
{
    public string Id { get; set; } = "";
    public string[]? Warnings { get; set; }
}
