using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

internal sealed class ErrorDetailDto
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
