namespace Compose.Runtime.Docker.Wire;

internal sealed class PortBindingDto
{
    public string? HostIp { get; set; }
    public string? HostPort { get; set; }
}
