namespace Compose.Runtime.Docker.Wire;

internal sealed class LogConfigDto
{
    public string? Type { get; set; }
    public Dictionary<string, string>? Config { get; set; }
}
