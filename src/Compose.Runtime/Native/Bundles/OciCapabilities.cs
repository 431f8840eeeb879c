using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Part of the OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.</summary>
internal sealed record OciCapabilities
{
    [JsonPropertyName("bounding")] public required List<string> Bounding { get; init; }
    [JsonPropertyName("effective")] public required List<string> Effective { get; init; }
    [JsonPropertyName("permitted")] public required List<string> Permitted { get; init; }
    [JsonPropertyName("inheritable")] public List<string> Inheritable { get; init; } = [];
    [JsonPropertyName("ambient")] public List<string> Ambient { get; init; } = [];
}
