using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>An image configuration blob (OCI and docker share it); the image id is its digest.</summary>
internal sealed class ImageConfigFileDto
{
    public string? Created { get; set; }
    public string? Architecture { get; set; }
    public string? Os { get; set; }
    public string? Variant { get; set; }
    public ContainerConfigDto? Config { get; set; }

    [JsonPropertyName("rootfs")]
    public RootFsDto? RootFs { get; set; }
}
