using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>One sample of <c>GET /containers/{id}/stats</c> (the parts <c>docker stats</c> shows).</summary>
internal sealed class StatsDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("read")]
    public string? Read { get; set; }

    [JsonPropertyName("cpu_stats")]
    public CpuStatsDto? CpuStats { get; set; }

    [JsonPropertyName("precpu_stats")]
    public CpuStatsDto? PreCpuStats { get; set; }

    [JsonPropertyName("memory_stats")]
    public MemoryStatsDto? MemoryStats { get; set; }

    [JsonPropertyName("networks")]
    public Dictionary<string, NetworkStatsDto>? Networks { get; set; }

    [JsonPropertyName("blkio_stats")]
    public BlkioStatsDto? BlkioStats { get; set; }

    [JsonPropertyName("pids_stats")]
    public PidsStatsDto? PidsStats { get; set; }
}
