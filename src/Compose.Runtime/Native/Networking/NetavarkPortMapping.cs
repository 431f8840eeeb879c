using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark 1.4's wire form (src/network/types.rs), the members the driver uses.</summary>
internal sealed record NetavarkPortMapping(
    [property: JsonPropertyName("host_ip")] string HostIp,
    [property: JsonPropertyName("container_port")] int ContainerPort,
    [property: JsonPropertyName("host_port")] int HostPort,
    [property: JsonPropertyName("range")] int Range,
    [property: JsonPropertyName("protocol")] string Protocol);
