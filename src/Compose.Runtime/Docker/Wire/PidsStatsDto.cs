using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class PidsStatsDto
{
    [JsonPropertyName("current")]
    public ulong Current { get; set; }
}
