namespace Compose.Runtime.Docker.Wire;

/// <summary>Extra data in a progress stream: the built image's <c>ID</c>, a pushed image's digest.</summary>
internal sealed class AuxDto
{
    public string? ID { get; set; }
    public string? Tag { get; set; }
    public string? Digest { get; set; }
}
