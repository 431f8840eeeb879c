using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

internal sealed class RegistryErrorDto
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}
