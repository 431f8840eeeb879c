namespace Compose.Runtime.Docker.Wire;

internal sealed class IpamDto
{
    public string? Driver { get; set; }
    public IpamPoolDto[]? Config { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}

internal sealed class IpamPoolDto
{
    public string? Subnet { get; set; }
    public string? IPRange { get; set; }
    public string? Gateway { get; set; }
    public Dictionary<string, string>? AuxiliaryAddresses { get; set; }
}
