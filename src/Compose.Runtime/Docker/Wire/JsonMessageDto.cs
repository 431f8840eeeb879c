using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>One message of a pull, push or build stream (the engine's <c>jsonmessage</c>).</summary>
internal sealed class JsonMessageDto
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("progressDetail")]
    public ProgressDetailDto? ProgressDetail { get; set; }

    [JsonPropertyName("stream")]
    public string? Stream { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("errorDetail")]
    public ErrorDetailDto? ErrorDetail { get; set; }

    [JsonPropertyName("aux")]
    public AuxDto? Aux { get; set; }
}
