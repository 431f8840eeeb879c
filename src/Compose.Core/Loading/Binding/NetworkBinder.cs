using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A top-level network. <see cref="Network.Name"/> holds an explicit name (or legacy <c>external.name</c>), else empty until normalized.</summary>
public static class NetworkBinder
{
    public static Network Bind(string key, Node node)
    {
        var path = $"networks.{key}";
        if (node is ScalarNode { IsNull: true })
        {
            return new Network { Name = "" };
        }

        var network = MappingReader.Open(node, path, SpecKeys.Network);
        var (external, externalName) = External.Read(network);
        return new Network
        {
            Name = network.String("name") ?? externalName ?? "",
            Driver = network.String("driver"),
            DriverOpts = network.Map("driver_opts"),
            External = external,
            Internal = network.Flag("internal"),
            Attachable = network.Flag("attachable"),
            EnableIpv4 = network.Bool("enable_ipv4"),
            EnableIpv6 = network.Bool("enable_ipv6"),
            Ipam = network.Object("ipam", Ipam),
            Labels = network.Map("labels"),
            Extensions = network.Extensions(),
        };
    }

    private static NetworkIpam Ipam(Node node, string path)
    {
        var ipam = MappingReader.Open(node, path, SpecKeys.Ipam);
        return new NetworkIpam { Driver = ipam.String("driver"), Config = ipam.Items("config", Pool), Options = ipam.Map("options") };
    }

    private static IpamPool Pool(Node node, string path)
    {
        var pool = MappingReader.Open(node, path, SpecKeys.IpamConfig);
        return new IpamPool
        {
            Subnet = pool.String("subnet"),
            IpRange = pool.String("ip_range"),
            Gateway = pool.String("gateway"),
            AuxAddresses = pool.Map("aux_addresses"),
        };
    }
}
