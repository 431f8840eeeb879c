namespace Compose.Runtime.Docker.Wire;

internal sealed class ContextEndpointDto
{
    public string? Host { get; set; }
    public bool SkipTLSVerify { get; set; }
}
