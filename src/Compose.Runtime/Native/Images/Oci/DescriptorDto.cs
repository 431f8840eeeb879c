namespace Compose.Runtime.Native.Images.Oci;

/// <summary>An OCI content descriptor: what a blob is, its digest and size, and for index entries the platform and names.</summary>
internal sealed class DescriptorDto
{
    public string? MediaType { get; set; }
    public string Digest { get; set; } = "";
    public long Size { get; set; }
    public PlatformDto? Platform { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }
    public List<string>? Urls { get; set; }
}
