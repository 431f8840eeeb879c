using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>The distribution API's error body: <c>{"errors":[{"code":"MANIFEST_UNKNOWN","message":"…"}]}</c>.</summary>
internal sealed class RegistryErrorsDto
{
    [JsonPropertyName("errors")] public List<RegistryErrorDto>? Errors { get; set; }
}
