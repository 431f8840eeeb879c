using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

internal sealed class PlatformDto
{
    public string? Architecture { get; set; }
    public string? Os { get; set; }
    public string? Variant { get; set; }

    [JsonPropertyName("os.version")]
    public string? OsVersion { get; set; }
}
