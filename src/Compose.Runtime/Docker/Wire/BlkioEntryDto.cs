using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class BlkioEntryDto
{
    [JsonPropertyName("op")]
    public string? Op { get; set; }

    [JsonPropertyName("value")]
    public ulong Value { get; set; }
}
