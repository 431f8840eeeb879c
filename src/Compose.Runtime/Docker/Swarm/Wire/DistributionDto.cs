namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary><c>GET /distribution/{name}/json</c>: the registry's descriptor of an image.</summary>
internal sealed class DistributionDto
{
    public DescriptorDto? Descriptor { get; set; }
}

internal sealed class DescriptorDto
{
    public string? digest { get; set; }
}
