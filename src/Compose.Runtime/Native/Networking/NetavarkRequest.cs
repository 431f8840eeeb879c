using System.Globalization;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>netavark's input for one container (pure): its endpoints with their claimed addresses and aliases, its networks' definitions, and its published ports.</summary>
internal static class NetavarkRequest
{
    public static NetavarkOptions Build(ContainerRecord container, IReadOnlyDictionary<string, NetworkRecord> networks)
    {
        return new NetavarkOptions
        {
            ContainerId = container.Id,
            ContainerName = container.Name,
            Networks = container.Networks.ToDictionary(e => e.NetworkName, e => new NetavarkPerNetwork
            {
                InterfaceName = e.InterfaceName,
                StaticIps = [e.IPv4Address],
                Aliases = [.. e.Aliases.Append(container.Id[..12]).Distinct().Where(a => a != container.Name)],
                StaticMac = e.MacAddress,
            }),
            NetworkInfo = container.Networks.ToDictionary(e => e.NetworkName, e => Network(networks[e.NetworkId])),
            PortMappings = container.Ports.IsDefaultOrEmpty ? null : [.. container.Ports.Select(Port)],
        };
    }

    public static NetavarkNetwork Network(NetworkRecord network) => new()
    {
        Name = network.Name,
        Id = network.Id,
        NetworkInterface = network.BridgeName,
        Subnets = [new NetavarkSubnet(network.Subnet, network.Gateway)],
        Internal = network.Internal,
        DnsEnabled = true,
        Options = network.Options.TryGetValue("com.docker.network.driver.mtu", out var mtu) ? new() { ["mtu"] = mtu } : null,
    };

    private static NetavarkPortMapping Port(PortBinding port)
    {
        var (hostPort, range) = HostPorts(port.HostPort, port.ContainerPort);
        return new NetavarkPortMapping(port.HostIp is { Length: > 0 } ip && ip != "0.0.0.0" ? ip : "", port.ContainerPort, hostPort, range, port.Protocol is { Length: > 0 } p ? p : "tcp");
    }

    /// <summary><c>8080</c>, or the first of <c>8080-8081</c>; no host port means the same number as the container's (the native runtime picks none at random).</summary>
    private static (int Port, int Range) HostPorts(string? hostPort, int containerPort)
    {
        if (string.IsNullOrEmpty(hostPort))
        {
            return (containerPort, 1);
        }

        var dash = hostPort.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? (int.Parse(hostPort, CultureInfo.InvariantCulture), 1)
            : (int.Parse(hostPort[..dash], CultureInfo.InvariantCulture), 1);
    }
}
