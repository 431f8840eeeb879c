using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class ProgressDetailDto
{
    [JsonPropertyName("current")]
    public long? Current { get; set; }

    [JsonPropertyName("total")]
    public long? Total { get; set; }
}
