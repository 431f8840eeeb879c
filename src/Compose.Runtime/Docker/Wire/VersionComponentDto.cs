namespace Compose.Runtime.Docker.Wire;

internal sealed class VersionComponentDto
{
    public string? Name { get; set; }
    public string? Version { get; set; }
}
