namespace Compose.Runtime.Native.Images.Oci;

/// <summary>An OCI image manifest or a docker v2 schema 2 manifest (same shape): the config and the layers, bottom first.</summary>
internal sealed class ManifestDto
{
    public int SchemaVersion { get; set; }
    public string? MediaType { get; set; }
    public DescriptorDto? Config { get; set; }
    public List<DescriptorDto>? Layers { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Present in an index or list fetched where a manifest was expected; tells the two apart when mediaType is missing.</summary>
    public List<DescriptorDto>? Manifests { get; set; }
}
