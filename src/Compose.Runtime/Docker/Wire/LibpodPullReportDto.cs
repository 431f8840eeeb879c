using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>One message of Podman's own pull stream (<c>POST /libpod/images/pull</c>): a line of text, the pulled id, or an error.</summary>
internal sealed class LibpodPullReportDto
{
    [JsonPropertyName("stream")]
    public string? Stream { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
