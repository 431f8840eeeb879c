namespace Compose.Runtime.Docker.Wire;

/// <summary>A Docker context's <c>meta.json</c> (<c>~/.docker/contexts/meta/&lt;sha256 of name&gt;/meta.json</c>).</summary>
internal sealed class ContextMetaDto
{
    public string? Name { get; set; }
    public Dictionary<string, ContextEndpointDto>? Endpoints { get; set; }
}
