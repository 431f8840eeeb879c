using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A service's <c>networks:</c>: a list of names, or a map of name → attachment settings (or null).</summary>
public static class ServiceNetworkBinder
{
    public static ImmutableSortedDictionary<string, ServiceNetwork> Bind(Node value, string path) => value is SequenceNode
        ? ModelMaps.From(NodeReader.StringList(value, path).Select(n => KeyValuePair.Create(n, ServiceNetwork.Default)))
        : BindingMaps.Entries(value, path, Attachment);

    private static ServiceNetwork Attachment(Node value, string path)
    {
        if (value is ScalarNode { IsNull: true })
        {
            return ServiceNetwork.Default;
        }

        var network = MappingReader.Open(value, path, SpecKeys.ServiceNetwork);
        return new ServiceNetwork
        {
            Aliases = network.Strings("aliases"),
            Ipv4Address = network.String("ipv4_address"),
            Ipv6Address = network.String("ipv6_address"),
            LinkLocalIps = network.Strings("link_local_ips"),
            MacAddress = network.String("mac_address"),
            DriverOpts = network.Map("driver_opts"),
            Priority = network.Int("priority") ?? 0,
            GwPriority = network.Int("gw_priority") ?? 0,
            InterfaceName = network.String("interface_name"),
        };
    }
}
