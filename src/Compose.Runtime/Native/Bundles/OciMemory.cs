using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Part of the OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.</summary>
internal sealed record OciMemory
{
    [JsonPropertyName("limit")] public long? Limit { get; init; }
    [JsonPropertyName("reservation")] public long? Reservation { get; init; }
    [JsonPropertyName("swap")] public long? Swap { get; init; }
    [JsonPropertyName("swappiness")] public ulong? Swappiness { get; init; }
    [JsonPropertyName("disableOOMKiller")] public bool? DisableOomKiller { get; init; }
}
