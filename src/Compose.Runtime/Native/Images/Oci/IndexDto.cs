namespace Compose.Runtime.Native.Images.Oci;

/// <summary>An OCI image index or a docker manifest list (same shape), and the store's own <c>index.json</c>.</summary>
internal sealed class IndexDto
{
    public int SchemaVersion { get; set; } = 2;
    public string? MediaType { get; set; }
    public List<DescriptorDto> Manifests { get; set; } = [];
    public Dictionary<string, string>? Annotations { get; set; }
}
