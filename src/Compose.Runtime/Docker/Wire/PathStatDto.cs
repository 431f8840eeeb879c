using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>The base64 JSON of the <c>X-Docker-Container-Path-Stat</c> header.</summary>
internal sealed class PathStatDto
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("size")]
    public long Size { get; set; }

    [JsonPropertyName("mode")]
    public uint Mode { get; set; }

    [JsonPropertyName("mtime")]
    public string? Mtime { get; set; }

    [JsonPropertyName("linkTarget")]
    public string? LinkTarget { get; set; }
}
