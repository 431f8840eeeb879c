using Compose.Model;

namespace Compose.Output;

/// <summary>The networking keys of a service.</summary>
internal static class ServiceNetworkEntries
{
    public static IEnumerable<(string Key, object? Value)> For(Service service) =>
    [
        ("ports", OutputValues.List(service.Ports, Port)),
        ("expose", OutputValues.List(service.Expose)),
        ("networks", service.Networks.IsEmpty ? null : Networks(service)),
        ("network_mode", service.NetworkMode),
        ("dns", OutputValues.List(service.Dns)),
        ("dns_search", OutputValues.List(service.DnsSearch)),
        ("dns_opt", OutputValues.List(service.DnsOpt)),
        ("extra_hosts", OutputValues.ExtraHosts(service.ExtraHosts)),
        ("links", OutputValues.List(service.Links)),
        ("external_links", OutputValues.List(service.ExternalLinks)),
    ];

    private static OrderedMap Networks(Service service)
    {
        var map = new OrderedMap();
        foreach (var (key, network) in service.Networks)
        {
            map[key] = Network(network);
        }

        return map;
    }

    /// <summary>An attachment without settings prints as null, as docker compose does.</summary>
    private static OrderedMap? Network(ServiceNetwork network) => OutputValues.Object(
        ("aliases", OutputValues.List(network.Aliases)),
        ("interface_name", network.InterfaceName),
        ("ipv4_address", network.Ipv4Address),
        ("ipv6_address", network.Ipv6Address),
        ("link_local_ips", OutputValues.List(network.LinkLocalIps)),
        ("mac_address", network.MacAddress),
        ("driver_opts", OutputValues.Map(network.DriverOpts)),
        ("priority", network.Priority == 0 ? null : network.Priority),
        ("gw_priority", network.GwPriority == 0 ? null : network.GwPriority));

    private static OrderedMap Port(PortMapping port) => OutputValues.Always(
        ("name", port.Name),
        ("mode", port.Mode),
        ("host_ip", port.HostIp),
        ("target", port.Target),
        ("published", port.Published),
        ("protocol", port.Protocol),
        ("app_protocol", port.AppProtocol));
}
