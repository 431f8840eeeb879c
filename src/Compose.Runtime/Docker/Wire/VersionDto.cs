namespace Compose.Runtime.Docker.Wire;

/// <summary>The parts of <c>GET /version</c> we read.</summary>
internal sealed class VersionDto
{
    public VersionPlatformDto? Platform { get; set; }
    public VersionComponentDto[]? Components { get; set; }
    public string? Version { get; set; }
    public string? ApiVersion { get; set; }
    public string? Os { get; set; }
    public string? Arch { get; set; }
}
