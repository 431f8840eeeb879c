using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Part of the OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.</summary>
internal sealed record OciUser
{
    [JsonPropertyName("uid")] public uint Uid { get; init; }
    [JsonPropertyName("gid")] public uint Gid { get; init; }
    [JsonPropertyName("additionalGids")] public List<uint>? AdditionalGids { get; init; }
}
