using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkInterface(
    [property: JsonPropertyName("mac_address")] string MacAddress);
