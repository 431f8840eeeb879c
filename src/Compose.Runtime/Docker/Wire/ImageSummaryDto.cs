namespace Compose.Runtime.Docker.Wire;

/// <summary>One entry of <c>GET /images/json</c>.</summary>
internal sealed class ImageSummaryDto
{
    public string Id { get; set; } = "";
    public string[]? RepoTags { get; set; }
    public string[]? RepoDigests { get; set; }
    public long Created { get; set; }
    public long Size { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}
