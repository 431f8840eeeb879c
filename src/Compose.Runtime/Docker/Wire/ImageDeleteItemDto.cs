namespace Compose.Runtime.Docker.Wire;

/// <summary>One entry of <c>DELETE /images/{name}</c>: a tag removed or an image layer deleted.</summary>
internal sealed class ImageDeleteItemDto
{
    public string? Untagged { get; set; }
    public string? Deleted { get; set; }
}
