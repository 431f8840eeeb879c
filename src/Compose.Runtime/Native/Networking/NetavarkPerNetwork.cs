using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkPerNetwork
{
    [JsonPropertyName("interface_name")] public required string InterfaceName { get; init; }
    [JsonPropertyName("static_ips")] public required List<string> StaticIps { get; init; }
    [JsonPropertyName("aliases")] public List<string>? Aliases { get; init; }
    [JsonPropertyName("static_mac")] public string? StaticMac { get; init; }
}
