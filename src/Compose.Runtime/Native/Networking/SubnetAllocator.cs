using System.Net.NetworkInformation;
using System.Net.Sockets;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Chooses a network's subnet and bridge name from <c>10.89.0.0/16</c> in /24 steps, as podman does, but from the top
/// down (podman counts up from 10.89.0.0, so the two rarely meet), skipping what our other networks use and what the
/// host's interfaces are on (so Docker's and podman's bridges are never touched).
/// </summary>
internal static class SubnetAllocator
{
    private static readonly Ipv4Cidr Pool = Ipv4Cidr.Parse("10.89.0.0/16");

    public static Ipv4Cidr ChooseSubnet(IEnumerable<NetworkRecord> existing, IEnumerable<Ipv4Cidr> hostNetworks)
    {
        var taken = existing.Select(n => Ipv4Cidr.Parse(n.Subnet)).Concat(hostNetworks).ToList();
        for (uint third = 254; third >= 1; third--)
        {
            var candidate = new Ipv4Cidr(Pool.Network | (third << 8), 24);
            if (!taken.Any(t => t.Overlaps(candidate)))
            {
                return candidate;
            }
        }

        throw new ContainerRuntimeException("create network", null,
            "no free subnet is left in 10.89.0.0/16; remove unused networks (composectl down) or give the network an ipam subnet");
    }

    /// <summary><c>cctl1</c>, <c>cctl2</c>, ...: the lowest number neither our networks nor the host's interfaces use.</summary>
    public static string ChooseBridgeName(IEnumerable<NetworkRecord> existing, IEnumerable<string> hostInterfaces)
    {
        var taken = existing.Select(n => n.BridgeName).Concat(hostInterfaces).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, 10_000).Select(i => $"cctl{i}").First(name => !taken.Contains(name));
    }

    /// <summary>The IPv4 networks of the host's interfaces (our own bridges included).</summary>
    public static IEnumerable<Ipv4Cidr> HostNetworks() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && a.PrefixLength is > 0 and < 32)
            .Select(a => new Ipv4Cidr(Ipv4Cidr.ToUInt(a.Address) & (uint.MaxValue << (32 - a.PrefixLength)), a.PrefixLength));

    public static IEnumerable<string> HostInterfaceNames() =>
        NetworkInterface.GetAllNetworkInterfaces().Select(i => i.Name);
}
