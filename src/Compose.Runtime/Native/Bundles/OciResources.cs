using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Part of the OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.</summary>
internal sealed record OciResources
{
    [JsonPropertyName("devices")] public List<OciDeviceRule>? Devices { get; init; }
    [JsonPropertyName("memory")] public OciMemory? Memory { get; init; }
    [JsonPropertyName("cpu")] public OciCpu? Cpu { get; init; }
    [JsonPropertyName("pids")] public OciPids? Pids { get; init; }
    [JsonPropertyName("blockIO")] public OciBlockIo? BlockIo { get; init; }
}
