namespace Compose.Runtime.Docker.Wire;

internal sealed class EndpointSettingsDto
{
    public string[]? Aliases { get; set; }
    public EndpointIpamConfigDto? IPAMConfig { get; set; }
    public string? NetworkID { get; set; }
    public string? IPAddress { get; set; }
}

internal sealed class EndpointIpamConfigDto
{
    public string? IPv4Address { get; set; }
    public string? IPv6Address { get; set; }
}
