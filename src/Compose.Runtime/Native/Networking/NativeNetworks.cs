using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Bridge networks as records: creation chooses the subnet and bridge name (netavark makes the bridge when the
/// first container joins); removal refuses a network in use and cleans up whatever netavark left.
/// </summary>
internal sealed class NativeNetworks(StateStore store, IpAllocator addresses, FirewallJanitor janitor, TimeProvider time)
{
    public async Task<NetworkRecord> CreateAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Driver is not ("bridge" or ""))
        {
            throw new ContainerRuntimeException("create network", spec.Name,
                $"network driver '{spec.Driver}' is not supported by the native runtime (only bridge); use --runtime docker");
        }

        if (spec.EnableIPv6)
        {
            throw new ContainerRuntimeException("create network", spec.Name, "IPv6 networks are not supported by the native runtime yet; use --runtime docker");
        }

        var existing = await store.ReadNetworksAsync(cancellationToken).ConfigureAwait(false);
        if (existing.Any(n => n.Name == spec.Name))
        {
            throw new ResourceConflictException("create network", spec.Name, $"network with name {spec.Name} already exists");
        }

        var pool = spec.Ipam?.Config.FirstOrDefault(p => p.Subnet is not null && Ipv4Cidr.TryParse(p.Subnet, out _));
        var subnet = pool?.Subnet is { } given ? Ipv4Cidr.Parse(given) : SubnetAllocator.ChooseSubnet(existing, SubnetAllocator.HostNetworks());
        var record = new NetworkRecord
        {
            Id = NativeIds.New(),
            Name = spec.Name,
            Created = time.GetUtcNow(),
            Internal = spec.Internal,
            Attachable = spec.Attachable,
            Labels = spec.Labels,
            Options = spec.Options,
            BridgeName = spec.Options.TryGetValue("com.docker.network.bridge.name", out var bridge) ? bridge
                : SubnetAllocator.ChooseBridgeName(existing, SubnetAllocator.HostInterfaceNames()),
            Subnet = subnet.ToString(),
            Gateway = pool?.Gateway ?? Ipv4Cidr.Format(subnet.Network + 1),
            IpRange = pool?.IpRange,
            SubnetChosen = pool is null,
        };
        await store.WriteNetworkAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>By name, id or unique id prefix.</summary>
    public async Task<NetworkRecord?> FindAsync(string idOrName, CancellationToken cancellationToken)
    {
        var all = await store.ReadNetworksAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(n => n.Name == idOrName) ?? all.FirstOrDefault(n => n.Id == idOrName)
            ?? (idOrName.Length >= 6 ? all.SingleOrDefault(n => n.Id.StartsWith(idOrName, StringComparison.Ordinal)) : null);
    }

    public async Task<NetworkRecord> GetAsync(string idOrName, CancellationToken cancellationToken) =>
        await FindAsync(idOrName, cancellationToken).ConfigureAwait(false)
        ?? throw new ResourceNotFoundException("inspect network", idOrName, $"network {idOrName} not found");

    public Task<ImmutableArray<NetworkRecord>> ListAsync(CancellationToken cancellationToken) => store.ReadNetworksAsync(cancellationToken);

    public async Task RemoveAsync(string idOrName, CancellationToken cancellationToken)
    {
        var network = await FindAsync(idOrName, cancellationToken).ConfigureAwait(false)
            ?? throw new ResourceNotFoundException("remove network", idOrName, $"network {idOrName} not found");
        var users = addresses.Holders(network.Id).ToList();
        if (users.Count > 0)
        {
            throw new ResourceConflictException("remove network", network.Name,
                $"network {network.Name} has active endpoints ({string.Join(", ", users.Select(u => u[..12]))})");
        }

        var others = (await store.ReadNetworksAsync(cancellationToken).ConfigureAwait(false)).Count(n => n.Id != network.Id);
        await janitor.RemoveNetworkAsync(network, lastNetwork: others == 0, cancellationToken).ConfigureAwait(false);
        Directory.Delete(store.NetworkDirectory(network.Id), recursive: true);
    }
}
