using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class BlkioStatsDto
{
    [JsonPropertyName("io_service_bytes_recursive")]
    public BlkioEntryDto[]? IoServiceBytesRecursive { get; set; }
}
