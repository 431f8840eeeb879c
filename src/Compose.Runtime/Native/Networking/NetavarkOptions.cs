using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkOptions
{
    [JsonPropertyName("container_id")] public required string ContainerId { get; init; }
    [JsonPropertyName("container_name")] public required string ContainerName { get; init; }
    [JsonPropertyName("port_mappings")] public List<NetavarkPortMapping>? PortMappings { get; init; }
    [JsonPropertyName("networks")] public required Dictionary<string, NetavarkPerNetwork> Networks { get; init; }
    [JsonPropertyName("network_info")] public required Dictionary<string, NetavarkNetwork> NetworkInfo { get; init; }
    [JsonPropertyName("dns_servers")] public List<string>? DnsServers { get; init; }
}
