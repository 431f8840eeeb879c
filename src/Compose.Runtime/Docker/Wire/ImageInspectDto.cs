namespace Compose.Runtime.Docker.Wire;

internal sealed class ImageInspectDto
{
    public string Id { get; set; } = "";
    public string[]? RepoTags { get; set; }
    public string[]? RepoDigests { get; set; }
    public string? Created { get; set; }
    public long Size { get; set; }
    public string? Os { get; set; }
    public string? Architecture { get; set; }
    public string? Variant { get; set; }
    public ImageConfigDto? Config { get; set; }
}

internal sealed class ImageConfigDto
{
    public Dictionary<string, string>? Labels { get; set; }
}
