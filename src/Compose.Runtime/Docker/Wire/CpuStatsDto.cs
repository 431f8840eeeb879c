using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class CpuStatsDto
{
    [JsonPropertyName("cpu_usage")]
    public CpuUsageDto? CpuUsage { get; set; }

    [JsonPropertyName("system_cpu_usage")]
    public ulong SystemCpuUsage { get; set; }

    [JsonPropertyName("online_cpus")]
    public int OnlineCpus { get; set; }
}
