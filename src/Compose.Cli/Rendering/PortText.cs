using Compose.Runtime;

namespace Compose.Cli.Rendering;

/// <summary>Ports as docker prints them: <c>127.0.0.1:8080-&gt;80/tcp, 443/tcp</c>.</summary>
public static class PortText
{
    public static string Format(IEnumerable<PublishedPort> ports) =>
        string.Join(", ", ports
            .OrderBy(p => p.PrivatePort).ThenBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.HostIp, StringComparer.Ordinal)
            .Select(p => p.PublicPort is { } published
                ? $"{FormatHost(p.HostIp)}:{published}->{p.PrivatePort}/{p.Protocol}"
                : $"{p.PrivatePort}/{p.Protocol}")
            .Distinct(StringComparer.Ordinal));

    private static string FormatHost(string? hostIp) =>
        string.IsNullOrEmpty(hostIp) ? "0.0.0.0" : hostIp.Contains(':') ? $"[{hostIp}]" : hostIp;
}
