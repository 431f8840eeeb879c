using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkNetwork
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("driver")] public string Driver { get; init; } = "bridge";
    [JsonPropertyName("network_interface")] public required string NetworkInterface { get; init; }
    [JsonPropertyName("subnets")] public required List<NetavarkSubnet> Subnets { get; init; }
    [JsonPropertyName("ipv6_enabled")] public bool Ipv6Enabled { get; init; }
    [JsonPropertyName("internal")] public bool Internal { get; init; }
    [JsonPropertyName("dns_enabled")] public bool DnsEnabled { get; init; }
    [JsonPropertyName("ipam_options")] public Dictionary<string, string> IpamOptions { get; init; } = new() { ["driver"] = "host-local" };
    [JsonPropertyName("options")] public Dictionary<string, string>? Options { get; init; }
}
