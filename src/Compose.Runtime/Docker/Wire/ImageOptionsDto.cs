namespace Compose.Runtime.Docker.Wire;

/// <summary>API 1.48+: options of an image mount.</summary>
internal sealed class ImageOptionsDto
{
    public string? Subpath { get; set; }
}
