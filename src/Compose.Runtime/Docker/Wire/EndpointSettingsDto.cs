namespace Compose.Runtime.Docker.Wire;

internal sealed class EndpointSettingsDto
{
    public string[]? Aliases { get; set; }
    public EndpointIpamConfigDto? IPAMConfig { get; set; }
    public string? NetworkID { get; set; }
    public string? IPAddress { get; set; }
    public string? GlobalIPv6Address { get; set; }
    public string? MacAddress { get; set; }
    public string[]? Links { get; set; }
    public Dictionary<string, string>? DriverOpts { get; set; }

    /// <summary>API 1.48+: the endpoint with the highest priority provides the default gateway.</summary>
    public int? GwPriority { get; set; }
}

internal sealed class EndpointIpamConfigDto
{
    public string? IPv4Address { get; set; }
    public string? IPv6Address { get; set; }
    public string[]? LinkLocalIPs { get; set; }
}
