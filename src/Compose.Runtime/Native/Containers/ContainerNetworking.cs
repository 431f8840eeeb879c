using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// How a container is networked, decided at create: its own namespace on its bridge networks (addresses claimed
/// now, so they stay across restarts), an empty namespace (<c>none</c>), the host's (<c>host</c>), or another
/// container's (<c>container:ID</c>, compose's <c>network_mode: service:X</c>), whose /etc files it then shares.
/// </summary>
internal sealed record ContainerNetworking(string Mode, ImmutableArray<EndpointRecord> Endpoints, string? NamespacePath, string? SharesFilesOf,
    ImmutableArray<string> NetworkDns, string? HostGateway)
{
    public static async Task<ContainerNetworking> PlanAsync(NativeServices services, ContainerCreateSpec spec, string id, CancellationToken cancellationToken)
    {
        var mode = spec.NetworkMode;
        if (mode == "host")
        {
            return new("host", [], null, null, [], null);
        }

        if (mode is not null && mode.StartsWith("container:", StringComparison.Ordinal))
        {
            var other = await ContainerLookup.GetAsync(services.Store, mode["container:".Length..], "create container", cancellationToken).ConfigureAwait(false);
            var owner = other.NetworkMode.StartsWith("container:", StringComparison.Ordinal) ? other.NetworkMode["container:".Length..] : other.Id;
            return new("container:" + owner, [], other.NetworkMode == "host" ? null : NetworkNamespaces.PathOf(owner), owner, [], null);
        }

        if (mode is "none" || spec.Networks.IsDefaultOrEmpty)
        {
            return new("none", [], NetworkNamespaces.PathOf(id), null, [], null);
        }

        var endpoints = ImmutableArray.CreateBuilder<EndpointRecord>();
        var dns = new List<string>();
        foreach (var (attachment, index) in spec.Networks.Select((a, i) => (a, i)))
        {
            var network = await services.Networks.FindAsync(attachment.NetworkName, cancellationToken).ConfigureAwait(false)
                ?? throw new ResourceNotFoundException("create container", spec.Name, $"network {attachment.NetworkName} not found");
            var address = services.Addresses.Allocate(network, id, attachment.IPv4Address);
            endpoints.Add(new EndpointRecord
            {
                NetworkName = network.Name,
                NetworkId = network.Id,
                InterfaceName = "eth" + index,
                IPv4Address = address,
                MacAddress = attachment.MacAddress ?? (index == 0 ? spec.MacAddress : null),
                Aliases = attachment.Aliases.IsDefault ? [] : attachment.Aliases,
            });
            dns.Add(network.Gateway);
        }

        var first = await services.Networks.GetAsync(spec.Networks[0].NetworkName, cancellationToken).ConfigureAwait(false);
        return new("bridge", endpoints.ToImmutable(), NetworkNamespaces.PathOf(id), null, [.. dns.Distinct()], first.Gateway);
    }
}
