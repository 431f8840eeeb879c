using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkSubnet(
    [property: JsonPropertyName("subnet")] string Subnet,
    [property: JsonPropertyName("gateway")] string? Gateway);
