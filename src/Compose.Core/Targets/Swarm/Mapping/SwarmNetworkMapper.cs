using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>A top-level network as a swarm network: overlay unless the files name another driver, labelled with the stack.</summary>
public static class SwarmNetworkMapper
{
    public const string DefaultDriver = "overlay";

    public static NetworkCreateSpec Map(Project project, string stack, string key, Network network) => new()
    {
        Name = SwarmNames.Resource(project, stack, key, network.Name, external: false),
        Driver = network.Driver ?? DefaultDriver,
        Internal = network.Internal,
        Attachable = network.Attachable,
        EnableIPv6 = network.EnableIpv6 ?? false,
        EnableIPv4 = network.EnableIpv4,
        Ipam = network.Ipam is { } ipam ? new IpamSpec
        {
            Driver = ipam.Driver,
            Options = ipam.Options,
            Config = [.. ipam.Config.Select(p => new IpamPoolSpec { Subnet = p.Subnet, IpRange = p.IpRange, Gateway = p.Gateway, AuxAddresses = p.AuxAddresses })],
        } : null,
        Labels = network.Labels.SetItem(SwarmLabels.Namespace, stack),
        Options = network.DriverOpts,
    };

    /// <summary>The networks the services join, by key: the only ones a stack creates (as docker stack does).</summary>
    public static ImmutableSortedSet<string> Used(Project project) =>
        [.. project.Services.Values.SelectMany(s => s.Networks.Keys)];
}
