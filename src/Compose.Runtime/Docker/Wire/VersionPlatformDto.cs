namespace Compose.Runtime.Docker.Wire;

internal sealed class VersionPlatformDto
{
    public string? Name { get; set; }
}
