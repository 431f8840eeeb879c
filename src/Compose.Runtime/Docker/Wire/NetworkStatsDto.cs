using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class NetworkStatsDto
{
    [JsonPropertyName("rx_bytes")]
    public ulong RxBytes { get; set; }

    [JsonPropertyName("tx_bytes")]
    public ulong TxBytes { get; set; }
}
