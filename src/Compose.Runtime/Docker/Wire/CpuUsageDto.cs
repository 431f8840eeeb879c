using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class CpuUsageDto
{
    [JsonPropertyName("total_usage")]
    public ulong TotalUsage { get; set; }

    [JsonPropertyName("percpu_usage")]
    public ulong[]? PerCpuUsage { get; set; }
}
