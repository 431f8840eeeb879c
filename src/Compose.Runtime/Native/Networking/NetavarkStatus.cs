using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkStatus
{
    [JsonPropertyName("dns_server_ips")] public List<string>? DnsServerIps { get; init; }
    [JsonPropertyName("dns_search_domains")] public List<string>? DnsSearchDomains { get; init; }
    [JsonPropertyName("interfaces")] public Dictionary<string, NetavarkInterface>? Interfaces { get; init; }
}
