using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class MemoryStatsDto
{
    [JsonPropertyName("usage")]
    public ulong Usage { get; set; }

    [JsonPropertyName("limit")]
    public ulong Limit { get; set; }

    /// <summary>cgroup counters: <c>total_inactive_file</c> (v1) or <c>inactive_file</c> (v2) is the cache <c>docker stats</c> subtracts.</summary>
    [JsonPropertyName("stats")]
    public Dictionary<string, ulong>? Stats { get; set; }
}
